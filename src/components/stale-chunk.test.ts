import { describe, expect, it } from 'vitest';
import { importOrReload } from './stale-chunk';

const settledWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true, () => true), new Promise((resolve) => setTimeout(() => resolve(false), ms))]);

describe('importOrReload', () => {
  it('passes a loaded module through', async () => {
    const module = { BouncePaste: () => null };
    await expect(importOrReload(() => Promise.resolve(module))()).resolves.toBe(module);
  });

  it('waits for the reload already under way when the preload helper hands back no module', async () => {
    // Using the missing module would throw a TypeError on a page that is about to reload.
    expect(await settledWithin(importOrReload(() => Promise.resolve(undefined))(), 50)).toBe(false);
  });
});
