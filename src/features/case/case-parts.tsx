import { useId } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { MAX_NOTE_LENGTH, readNoteMark } from '../../domain/case/case-data';
import type { GuideCode, StepId } from '../../domain/guides';
import { sentenceGap } from '../../domain/languages';
import { useLocale } from '../../i18n/use-locale';
import { useRouteLang } from '../../i18n/use-route-lang';
import { useProgressStore } from '../progress/progress-store';
import './case.css';

/*
 * The parts of the case file that sit on guide pages, loaded on demand with their strings (ui-case.json) once the
 * page runs: a step link's first view carries none of them.
 */

/** From this length on, the note field says how much of its limit is used. */
const NOTE_COUNT_FROM = MAX_NOTE_LENGTH * 0.9;

/** A free-text note on a step, saved with the ticks (merged across tabs like them), shown in the support summary. */
export function StepNote({ code, step }: { code: GuideCode; step: StepId }) {
  const { t } = useLocale();
  const lang = useRouteLang();
  const id = useId();
  const note = useProgressStore((state) => readNoteMark(state.notes[code]?.[step])?.text ?? '');
  const setCase = useProgressStore((state) => state.setCase);
  // A note typed before saved progress is read would be overwritten by it.
  const ready = useProgressStore((state) => state.hydrated);
  const nearLimit = note.length >= NOTE_COUNT_FROM;
  return (
    <section className="step-note" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id} className="step-note__label">
        {t('case.note.label')}
      </label>
      <p id={`${id}-hint`} className="case-hint">
        {t('case.note.hint')}
        {sentenceGap(lang)}
        {t('case.privacy')}
      </p>
      <textarea
        id={id}
        className="case-field"
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        aria-describedby={nearLimit ? `${id}-hint ${id}-length` : `${id}-hint`}
        value={note}
        disabled={!ready}
        onChange={(event) => setCase('notes', code, step, { text: event.target.value })}
      />
      {/* Near the limit, the count; at it, that nothing more was taken (a longer paste is cut by the field). */}
      {nearLimit ? (
        <p id={`${id}-length`} className="case-hint">
          {note.length >= MAX_NOTE_LENGTH ? t('case.note.full', { max: MAX_NOTE_LENGTH }) : t('case.note.length', { count: note.length, max: MAX_NOTE_LENGTH })}
        </p>
      ) : null}
      <p>
        <Link to={paths.summary(lang, code)}>{t('case.summary.link')}</Link>
      </p>
    </section>
  );
}

export const CasePart = ({ code, step }: { code: GuideCode; step?: StepId }) => (step ? <StepNote code={code} step={step} /> : <GuideCaseLinks code={code} />);

/** From a guide's overview: the way for someone who is not the admin, and the support summary. */
export function GuideCaseLinks({ code }: { code: GuideCode }) {
  const { t } = useLocale();
  const lang = useRouteLang();
  return (
    <nav className="case-links" aria-label={t('case.linksLabel')}>
      <ul className="link-list">
        <li>
          <Link to={paths.notAdmin(lang, code)}>{t('case.notAdmin.link')}</Link>
        </li>
        <li>
          <Link to={paths.summary(lang, code)}>{t('case.summary.link')}</Link>
        </li>
      </ul>
    </nav>
  );
}
