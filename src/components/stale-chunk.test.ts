import { afterEach, describe, expect, it, vi } from 'vitest';
import { CatalogLoadError } from '../i18n/catalog-url';
import { importOrReload, isLoadFailure, recoverFromStaleChunk, reloadIfRetryFailedAgain } from './stale-chunk';

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

describe('reloadIfRetryFailedAgain', () => {
  afterEach(() => vi.unstubAllGlobals());
  const reloads = () => {
    let count = 0;
    vi.stubGlobal('window', { location: { reload: () => (count += 1) } });
    vi.stubGlobal('navigator', { onLine: true });
    return () => count;
  };
  const moduleFailure = new CatalogLoadError('part|step-content: TypeError: Failed to fetch dynamically imported module', false, true);

  it('reloads when a retried script chunk fails again (engines that keep a failed import)', () => {
    const count = reloads();
    expect(reloadIfRetryFailedAgain(moduleFailure, true)).toBe(true);
    expect(count()).toBe(1);
  });

  it('leaves the page alone for a first failure, a catalog, an error in the code, or when offline', () => {
    const count = reloads();
    expect(reloadIfRetryFailedAgain(moduleFailure, false)).toBe(false);
    expect(reloadIfRetryFailedAgain(new CatalogLoadError('catalog step-x (ja): offline', false), true)).toBe(false);
    expect(reloadIfRetryFailedAgain(new TypeError("Cannot read properties of undefined (reading 'title')"), true)).toBe(false);
    vi.stubGlobal('navigator', { onLine: false });
    expect(reloadIfRetryFailedAgain(moduleFailure, true)).toBe(false);
    expect(count()).toBe(0);
  });
});

describe('recoverFromStaleChunk', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('reloads once for a missing chunk, but not while the browser is offline', () => {
    let count = 0;
    const saved = new Map<string, string>();
    vi.stubGlobal('window', { location: { reload: () => (count += 1) }, sessionStorage: { getItem: (key: string) => saved.get(key) ?? null, setItem: (key: string, value: string) => saved.set(key, value) } });
    vi.stubGlobal('navigator', { onLine: false });
    expect(recoverFromStaleChunk()).toBe(false);
    vi.stubGlobal('navigator', { onLine: true });
    expect(recoverFromStaleChunk()).toBe(true);
    expect(recoverFromStaleChunk()).toBe(false);
    expect(count).toBe(1);
  });
});
