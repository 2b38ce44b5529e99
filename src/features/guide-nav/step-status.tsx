import { stepState, type StepMark } from '../../domain/progress';
import { useLocale } from '../../i18n/use-locale';

/** A step's state in words (never colour alone): done, waiting (a request made), not done. */
export function StepStatus({ mark }: { mark: StepMark | undefined }) {
  const { t } = useLocale();
  const state = stepState(mark);
  const label = state === 'done' ? t('guide.statusDone') : state === 'waiting' ? t('guide.statusWaiting') : t('guide.statusNotStarted');
  return <span className={`status status--${state}`}>{label}</span>;
}
