import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { PROGRESS_VERSION, mergeProgress, type Progress } from '../../domain/progress';
import { mergeTimed } from '../../domain/case/timed-map';
import { readSavedProgress, serializeProgress, stateOf, type CaseParts, type SavedProgressProblem } from '../../domain/saved-progress';

/** The ticks, and (optional, additive) the notes and case details. */
export interface PersistedProgress extends Partial<CaseParts> {
  progress: Progress;
}

export type StorageProblem =
  | { kind: 'unavailable' }
  | { kind: 'unreadable'; problem: SavedProgressProblem; backupKey: string };

function backupKeyFor(storage: Storage, name: string, raw: string): string {
  // Reuse a backup that already holds this exact value, so reloads do not pile up copies.
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(`${name}.unreadable.`) && storage.getItem(key) === raw) return key;
  }
  return `${name}.unreadable.${new Date().toISOString()}`;
}

/**
 * localStorage for the persist middleware that never throws and never
 * destroys data: unreadable saved progress is copied aside before the app
 * carries on, and every write merges with what another tab may have saved.
 */
export function createProgressStorage(getStorage: () => Storage, onProblem: (problem: StorageProblem) => void): PersistStorage<PersistedProgress> {
  const storage = (): Storage | undefined => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };

  return {
    getItem(name): StorageValue<PersistedProgress> | null {
      const store = storage();
      let raw: string | null;
      try {
        if (!store) throw new Error('no storage');
        raw = store.getItem(name);
      } catch {
        onProblem({ kind: 'unavailable' });
        return null;
      }
      const saved = readSavedProgress(raw);
      if (saved.kind === 'empty') return null;
      if (saved.kind === 'ok') {
        if (saved.version === PROGRESS_VERSION) return { state: stateOf(saved.progress, saved), version: saved.version };
        // An older version goes through the middleware's migrate, as the raw state it saved.
        return { state: (JSON.parse(raw!) as StorageValue<PersistedProgress>).state, version: saved.version };
      }
      const backupKey = backupKeyFor(store!, name, raw!);
      try {
        store!.setItem(backupKey, raw!);
        store!.removeItem(name);
      } catch {
        // Could not copy it aside: leave the original where it is rather than lose it.
        onProblem({ kind: 'unavailable' });
        return null;
      }
      onProblem({ kind: 'unreadable', problem: saved.problem, backupKey });
      return null;
    },

    setItem(name, value): void {
      const store = storage();
      try {
        if (!store) throw new Error('no storage');
        const saved = readSavedProgress(store.getItem(name));
        const { progress, notes = {}, cases = {} } = value.state;
        store.setItem(
          name,
          saved.kind === 'ok'
            ? serializeProgress(mergeProgress(saved.progress, progress), { notes: mergeTimed(saved.notes, notes), cases: mergeTimed(saved.cases, cases) })
            : serializeProgress(progress, { notes, cases }),
        );
      } catch {
        onProblem({ kind: 'unavailable' });
      }
    },

    removeItem(name): void {
      try {
        storage()?.removeItem(name);
      } catch {
        onProblem({ kind: 'unavailable' });
      }
    },
  };
}
