import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { guideSteps, type GuideCode, type StepId } from '../../domain/guides';
import type { Cases, Notes } from '../../domain/case/case-data';
import { CASE_NAMES, type CaseName } from '../../domain/case/case-names';
import { clearTimed, mergeTimed, setTimed } from '../../domain/case/timed-map';
import { PROGRESS_VERSION, markStep, mergeProgress, resetGuide, type Progress } from '../../domain/progress';
import { migrateProgress, readCaseParts, type CaseParts } from '../../domain/saved-progress';
import { createProgressStorage, type PersistedProgress, type StorageProblem } from './progress-storage';

export const PROGRESS_KEY = 'ndr-wizard.progress';

interface ProgressState extends CaseParts {
  progress: Progress;
  /** Set once saved progress has been read (after mount, so server and client render alike). */
  hydrated: boolean;
  storageProblem?: StorageProblem;
  setDone: (code: GuideCode, step: StepId, done: boolean) => void;
  /** Starts a guide over: its ticks, support requests, notes and case details are all cleared (this browser only). */
  reset: (code: GuideCode) => void;
  /** Merges ticks (and notes and case details) from a file or a hand-over link, per step, the later change winning. */
  merge: (progress: Progress, parts?: Partial<CaseParts>) => void;
  /** Files a note (under its step) or a case detail ("bounce", "contact"), stamped with the time of the change. */
  setCase: (part: 'notes' | 'cases', code: GuideCode, name: StepId | CaseName, value: object) => void;
}

const EMPTY_NOTES: Notes = {};
const EMPTY_CASES: Cases = {};

export const useProgressStore = create<ProgressState>()(
  persist(
    (set) => ({
      progress: {},
      notes: EMPTY_NOTES,
      cases: EMPTY_CASES,
      hydrated: false,
      setDone: (code, step, done) => set((state) => ({ progress: markStep(state.progress, code, step, done, new Date()) })),
      reset: (code) =>
        set((state) => {
          const at = new Date();
          return { progress: resetGuide(state.progress, code, at), notes: clearTimed(state.notes, code, guideSteps(code), at), cases: clearTimed(state.cases, code, CASE_NAMES, at) };
        }),
      merge: (progress, parts = {}) =>
        set((state) => ({
          progress: mergeProgress(state.progress, progress),
          notes: mergeTimed(state.notes, parts.notes ?? {}),
          cases: mergeTimed(state.cases, parts.cases ?? {}),
        })),
      setCase: (part, code, name, value) => set((state) => ({ [part]: setTimed(state[part], code, name, value, new Date()) })),
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
      partialize: (state) => ({ progress: state.progress, notes: state.notes, cases: state.cases }),
      migrate: (persisted, version) => ({ progress: migrateProgress(persisted, version) ?? {}, ...readCaseParts(persisted) }),
      // Another tab's save never replaces this tab's ticks or notes: merge per step.
      merge: (persisted, current) => {
        const saved = persisted as PersistedProgress | undefined;
        return {
          ...current,
          progress: mergeProgress(current.progress, saved?.progress ?? {}),
          notes: mergeTimed(current.notes, saved?.notes ?? {}),
          cases: mergeTimed(current.cases, saved?.cases ?? {}),
        };
      },
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
