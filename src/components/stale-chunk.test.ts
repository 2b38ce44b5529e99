import { describe, expect, it } from 'vitest';
import { CatalogLoadError } from '../i18n/catalog-url';
import { importOrReload, isLoadFailure } from './stale-chunk';

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

describe('isLoadFailure', () => {
  it('tells a chunk or catalog that could not be fetched from a fault in the code', () => {
    expect(isLoadFailure(new TypeError('Failed to fetch dynamically imported module: https://x/assets/home-tools-1.js'))).toBe(true);
    expect(isLoadFailure(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isLoadFailure(new CatalogLoadError('ja/step-x.json: offline', false))).toBe(true);
    expect(isLoadFailure(new TypeError("Cannot read properties of undefined (reading 'title')"))).toBe(false);
    expect(isLoadFailure(new Error('Hydration failed'))).toBe(false);
    expect(isLoadFailure(undefined)).toBe(false);
  });
});
