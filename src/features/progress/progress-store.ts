import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { GuideCode, StepId } from '../../domain/guides';
import { PROGRESS_VERSION, markStep, mergeProgress, resetGuide, type Progress } from '../../domain/progress';
import { migrateProgress } from '../../domain/saved-progress';
import { createProgressStorage, type PersistedProgress, type StorageProblem } from './progress-storage';

export const PROGRESS_KEY = 'ndr-wizard.progress';

interface ProgressState extends PersistedProgress {
  /** Set once saved progress has been read (after mount, so server and client render alike). */
  hydrated: boolean;
  storageProblem?: StorageProblem;
  setDone: (code: GuideCode, step: StepId, done: boolean) => void;
  reset: (code: GuideCode) => void;
  merge: (progress: Progress) => void;
}

export const useProgressStore = create<ProgressState>()(
  persist(
    (set) => ({
      progress: {},
      hydrated: false,
      setDone: (code, step, done) => set((state) => ({ progress: markStep(state.progress, code, step, done, new Date()) })),
      reset: (code) => set((state) => ({ progress: resetGuide(state.progress, code, new Date()) })),
      merge: (progress) => set((state) => ({ progress: mergeProgress(state.progress, progress) })),
    }),
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      // Reading window.localStorage itself throws where a browser blocks site data: the storage catches that.
      storage: createProgressStorage(
        () => window.localStorage,
        (problem) => {
          // An unreadable-data notice matters more than a later write failure: keep the first. Said once,
          // and only once set: setting the notice writes the store too, and a write that fails again
          // would otherwise report itself again, until the stack overflows.
          const current = useProgressStore.getState().storageProblem?.kind;
          if (current !== 'unreadable' && current !== problem.kind) useProgressStore.setState({ storageProblem: problem });
        },
      ),
      partialize: (state) => ({ progress: state.progress }),
      migrate: (persisted, version) => ({ progress: migrateProgress(persisted, version) ?? {} }),
      // Another tab's save never replaces this tab's ticks: merge per step.
      merge: (persisted, current) => ({
        ...current,
        progress: mergeProgress(current.progress, (persisted as PersistedProgress | undefined)?.progress ?? {}),
      }),
      skipHydration: true,
      // Setting `hydrated` also writes the merged progress back: after another tab cleared storage,
      // this tab's ticks are saved again rather than lost.
      onRehydrateStorage: () => () => useProgressStore.setState({ hydrated: true }),
    },
  ),
);

/** Reads saved progress and follows other tabs; call once, after the first render. */
export function startProgressSync(): () => void {
  void useProgressStore.persist.rehydrate();
  const onStorage = (event: StorageEvent) => {
    // key null: another tab cleared the whole storage.
    if (event.key === PROGRESS_KEY || event.key === null) void useProgressStore.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
