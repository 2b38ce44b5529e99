// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'ndr-wizard.progress';

/** A fresh copy of the store module for each case: it reads storage when it is created. */
async function freshStore() {
  vi.resetModules();
  return import('./progress-store');
}

describe('progress store when the browser refuses storage', () => {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  beforeEach(() => window.localStorage.clear());
  afterEach(() => Object.defineProperty(window, 'localStorage', original));

  it('works in memory and reports once when even reading window.localStorage throws', async () => {
    let reads = 0;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        reads += 1;
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const { useProgressStore, startProgressSync } = await freshStore();
    const problems: unknown[] = [];
    useProgressStore.subscribe((state, previous) => {
      if (state.storageProblem !== previous.storageProblem) problems.push(state.storageProblem);
    });
    const stop = startProgressSync();
    for (let tick = 0; tick < 5; tick += 1) useProgressStore.getState().setDone('5.7.705', 'enable-mfa', tick % 2 === 0);
    stop();
    expect(useProgressStore.getState().progress['5.7.705']?.['enable-mfa']?.done).toBe(true);
    expect(problems).toEqual([{ kind: 'unavailable' }]);
    // About one attempt per read and per write (the old code retried until the stack overflowed).
    expect(reads).toBeLessThan(10);
  });

  it('keeps ticks made while writes fail, and saves them once storage accepts writes again', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const { useProgressStore, startProgressSync } = await freshStore();
    const stop = startProgressSync();
    useProgressStore.getState().setDone('5.7.750', 'enable-mfa', true);
    expect(useProgressStore.getState().storageProblem).toEqual({ kind: 'unavailable' });
    setItem.mockRestore();
    useProgressStore.getState().setDone('5.7.750', 'contact-support', true);
    stop();
    const saved = JSON.parse(window.localStorage.getItem(KEY)!);
    expect(Object.keys(saved.state.progress['5.7.750']).sort()).toEqual(['contact-support', 'enable-mfa']);
  });

  it('saves this tab’s ticks again when another tab clears storage', async () => {
    const { useProgressStore, startProgressSync } = await freshStore();
    const stop = startProgressSync();
    useProgressStore.getState().setDone('5.7.705', 'register-domains', true);
    window.localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    await vi.waitFor(() => expect(window.localStorage.getItem(KEY)).toContain('register-domains'));
    stop();
    expect(useProgressStore.getState().progress['5.7.705']?.['register-domains']?.done).toBe(true);
  });
});

describe('progress store: notes, case details and starting over', () => {
  beforeEach(() => window.localStorage.clear());

  it('saves notes and case details with the ticks, and a reset clears all of one guide’s, saved too', async () => {
    const { useProgressStore, startProgressSync } = await freshStore();
    const stop = startProgressSync();
    const store = () => useProgressStore.getState();
    store().setDone('5.7.705', 'enable-mfa', true);
    store().setCase('notes', '5.7.705', 'enable-mfa', { text: 'MFA on for every admin' });
    store().setCase('cases', '5.7.705', 'contact', { tenant: 'contoso.onmicrosoft.com', contact: 'Ana' });
    store().setCase('notes', '5.7.750', 'enable-mfa', { text: 'another guide' });
    expect(window.localStorage.getItem(KEY)).toContain('MFA on for every admin');
    expect(window.localStorage.getItem(KEY)).toContain('contoso.onmicrosoft.com');

    store().reset('5.7.705');
    stop();
    const saved = window.localStorage.getItem(KEY)!;
    expect(saved).not.toContain('MFA on for every admin');
    expect(saved).not.toContain('contoso.onmicrosoft.com');
    expect(saved).toContain('another guide');
    expect(store().progress['5.7.705']?.['enable-mfa']?.done).toBe(false);
  });
});

describe('progress store: times from a clock that runs fast', () => {
  beforeEach(() => window.localStorage.clear());

  /** A reload: a new store that reads what the last one saved. */
  async function reload() {
    const { useProgressStore, startProgressSync } = await freshStore();
    const stop = startProgressSync();
    await vi.waitFor(() => expect(useProgressStore.getState().hydrated).toBe(true));
    return { store: () => useProgressStore.getState(), stop };
  }

  const fileStampedAt = (at: string) =>
    JSON.stringify({
      app: 'ndr-unblock-wizard',
      exportedAt: at,
      version: 1,
      state: { progress: { '5.7.750': { 'register-domains': { done: true, at } } }, notes: { '5.7.750': { 'register-domains': { text: 'their note', at } } } },
    });

  it('the reader’s untick and reset of a tick imported from an hour ahead stick after a reload', async () => {
    const { readProgressFile } = await import('../../domain/progress-file');
    const file = readProgressFile(fileStampedAt(new Date(Date.now() + 3_600_000).toISOString()), new Date());
    if (!file.ok) throw new Error('file refused');
    let { store, stop } = await reload();
    store().merge(file.progress, file);
    store().setDone('5.7.750', 'register-domains', false);
    store().setCase('notes', '5.7.750', 'register-domains', { text: 'my note' });
    stop();
    ({ store, stop } = await reload());
    expect(store().progress['5.7.750']?.['register-domains']?.done).toBe(false);
    expect(store().notes['5.7.750']?.['register-domains']?.text).toBe('my note');

    store().merge(file.progress, file);
    stop();
    ({ store, stop } = await reload());
    store().reset('5.7.750');
    stop();
    ({ store, stop } = await reload());
    stop();
    expect(store().progress['5.7.750']?.['register-domains']?.done).toBe(false);
    expect(store().notes['5.7.750']?.['register-domains']?.text).toBeUndefined();
  });

  it('a tick already saved with the time 9999 is unticked for good', async () => {
    window.localStorage.setItem(KEY, fileStampedAt('9999-12-31T00:00:00.000Z'));
    let { store, stop } = await reload();
    expect(store().progress['5.7.750']?.['register-domains']?.done).toBe(true);
    store().setDone('5.7.750', 'register-domains', false);
    stop();
    ({ store, stop } = await reload());
    stop();
    expect(store().progress['5.7.750']?.['register-domains']?.done).toBe(false);
  });
});
