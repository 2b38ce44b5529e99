import { describe, expect, it } from 'vitest';
import { markStep } from '../../domain/progress';
import { serializeProgress } from '../../domain/saved-progress';
import { createProgressStorage, type StorageProblem } from './progress-storage';

class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  failWrites = false;
  failReads = false;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    if (this.failReads) throw new DOMException('denied', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

const KEY = 'progress';
const at = new Date('2026-11-20T10:00:00Z');

function setup(initial?: string) {
  const memory = new MemoryStorage();
  if (initial !== undefined) memory.setItem(KEY, initial);
  const problems: StorageProblem[] = [];
  const storage = createProgressStorage(() => memory, (problem) => problems.push(problem));
  return { memory, problems, storage };
}

describe('progress storage', () => {
  it('loads saved progress of the current version', () => {
    const { storage, problems } = setup(serializeProgress(markStep({}, '5.7.705', 'enable-mfa', true, at)));
    expect(storage.getItem(KEY)).toEqual({ version: 1, state: { progress: { '5.7.705': { 'enable-mfa': { done: true, at: at.toISOString() } } } } });
    expect(problems).toEqual([]);
  });

  it('hands an older version to migrate as it was saved', () => {
    const { storage } = setup(JSON.stringify({ state: { done: { '5.7.705': ['enable-mfa'] } }, version: 0 }));
    expect(storage.getItem(KEY)).toEqual({ version: 0, state: { done: { '5.7.705': ['enable-mfa'] } } });
  });

  it.each(['{not json', '"just a string"', '{"state":{"progress":{}},"version":99}'])('keeps unreadable data %s aside, untouched', (raw) => {
    const { storage, memory, problems } = setup(raw);
    expect(storage.getItem(KEY)).toBeNull();
    expect(problems).toHaveLength(1);
    const problem = problems[0];
    expect(problem.kind).toBe('unreadable');
    if (problem.kind === 'unreadable') expect(memory.getItem(problem.backupKey)).toBe(raw);
    // A second load reuses the same backup instead of piling up copies.
    memory.setItem(KEY, raw);
    storage.getItem(KEY);
    expect(memory.length).toBe(1);
    expect(memory.getItem(KEY)).toBeNull();
  });

  it('merges a write with what another tab saved meanwhile', () => {
    const { storage, memory } = setup(serializeProgress(markStep({}, '5.7.705', 'enable-mfa', true, at)));
    storage.setItem(KEY, { version: 1, state: { progress: markStep({}, '5.7.705', 'contact-support', true, at) } });
    const saved = JSON.parse(memory.getItem(KEY)!);
    expect(Object.keys(saved.state.progress['5.7.705']).sort()).toEqual(['contact-support', 'enable-mfa']);
  });

  it('reports a storage that throws instead of throwing', () => {
    const { storage, memory, problems } = setup();
    memory.failWrites = true;
    expect(() => storage.setItem(KEY, { version: 1, state: { progress: {} } })).not.toThrow();
    memory.failReads = true;
    expect(storage.getItem(KEY)).toBeNull();
    expect(problems.map((problem) => problem.kind)).toEqual(['unavailable', 'unavailable']);
  });
});
