import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { decodeHandover, encodeHandover, handoverValue, holdsMarkup, HANDOVER_PARAM, type Handover, type HandoverProblem } from '../../domain/case/handover-codec';
import { readCases, readNotes } from '../../domain/case/case-data';
import { isGuideCode, type GuideCode } from '../../domain/guides';
import { useLocale } from '../../i18n/use-locale';
import { useRouteLang } from '../../i18n/use-route-lang';
import { useProgressStore } from '../progress/progress-store';
import { CopyText } from './copy-text';
import { useAbsoluteUrl } from '../../components/use-absolute-url';

const PROBLEM_KEY: Record<HandoverProblem, 'case.handover.tooLongLink' | 'case.handover.undecodable' | 'case.handover.wrongShape' | 'case.handover.hostile'> = {
  'too-long': 'case.handover.tooLongLink',
  undecodable: 'case.handover.undecodable',
  'wrong-shape': 'case.handover.wrongShape',
  hostile: 'case.handover.hostile',
};

type Received = { state: 'none' } | { state: 'asking'; handover: Handover } | { state: 'refused'; problem: HandoverProblem } | { state: 'merged' | 'declined' };


/**
 * A case handed over in the address (#handover=…): read in the browser, shown, and merged only when the reader
 * says so. A link that cannot be read, or holds what a case may not, is refused and changes nothing.
 */
export function ReceivedHandover({ code }: { code: GuideCode }) {
  const { t } = useLocale();
  const lang = useRouteLang();
  const headingId = useId();
  const merge = useProgressStore((state) => state.merge);
  const [received, setReceived] = useState<Received>({ state: 'none' });
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  // Forgets the fragment once answered, through the router (which language links read the address from), so a
  // reload, a language switch or a copied address does not bring the same case back.
  const dropFragment = () => navigate({ pathname, search, hash: '' }, { replace: true });

  useEffect(() => {
    let cancelled = false;
    // A link pasted into the address bar of this very page changes only the fragment: no new page load.
    const read = () => {
      const value = handoverValue(window.location.hash);
      if (value === undefined) return;
      decodeHandover(value, new Date()).then(
        (result) => {
          if (!cancelled) setReceived(result.ok ? { state: 'asking', handover: result.handover } : { state: 'refused', problem: result.problem });
        },
        () => !cancelled && setReceived({ state: 'refused', problem: 'undecodable' }),
      );
    };
    read();
    window.addEventListener('hashchange', read);
    return () => {
      cancelled = true;
      window.removeEventListener('hashchange', read);
    };
  }, []);

  if (received.state === 'none') return null;
  if (received.state === 'refused')
    return (
      <div className="notice notice--error" role="alert">
        <p>{t(PROBLEM_KEY[received.problem])}</p>
      </div>
    );
  if (received.state !== 'asking')
    return (
      <p role="status" className="notice">
        {t(received.state === 'merged' ? 'case.handover.merged' : 'case.handover.declined')}
      </p>
    );
  const { handover } = received;
  const other = handover.code !== code;
  const answer = (accept: boolean) => {
    if (accept) merge({ [handover.code]: handover.progress }, { notes: { [handover.code]: handover.notes }, cases: { [handover.code]: handover.case } });
    dropFragment();
    setReceived({ state: accept ? 'merged' : 'declined' });
  };
  return (
    <section className="notice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('case.handover.receivedHeading', { code: handover.code })}</h2>
      <ul>
        <li>{t('case.handover.steps', { count: Object.keys(handover.progress).length })}</li>
        <li>{t('case.handover.notes', { count: Object.values(handover.notes).filter((note) => note?.text.trim()).length })}</li>
        {handover.case.bounce ? <li>{t('case.handover.bounce')}</li> : null}
        {handover.case.contact ? <li>{t('case.handover.contact')}</li> : null}
      </ul>
      {other && isGuideCode(handover.code) ? (
        <p>
          {t('case.handover.otherGuide', { code: handover.code })}{' '}
          <Link to={`${paths.summary(lang, handover.code)}#${HANDOVER_PARAM}=${handoverValue(window.location.hash) ?? ''}`}>{t('case.summary.pageTitle', { code: handover.code })}</Link>
        </p>
      ) : (
        <>
          <p>{t('case.handover.question')}</p>
          <p className="case-actions">
            <button type="button" className="button button--primary" onClick={() => answer(true)}>
              {t('case.handover.merge')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => answer(false)}>
              {t('case.handover.decline')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

/** Makes the hand-over link of this guide's case, to copy into a chat or a ticket. */
export function MakeHandover({ code }: { code: GuideCode }) {
  const { t } = useLocale();
  const lang = useRouteLang();
  const headingId = useId();
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const summaryUrl = useAbsoluteUrl(paths.summary(lang, code));
  const [link, setLink] = useState<{ state: 'none' } | { state: 'made'; url: string } | { state: 'too-long' | 'markup' }>({ state: 'none' });

  const make = async () => {
    const { progress, notes, cases } = useProgressStore.getState();
    // Only what reads as valid goes into the link: the colleague's browser checks it as strictly.
    const handover = { code, progress: progress[code] ?? {}, notes: readNotes(notes)[code] ?? {}, case: readCases(cases)[code] ?? {} };
    // The colleague's browser refuses markup in a case: say so here, where it can still be removed.
    if (holdsMarkup(handover)) {
      setLink({ state: 'markup' });
      return;
    }
    const value = await encodeHandover(handover);
    setLink(value ? { state: 'made', url: `${summaryUrl()}#${HANDOVER_PARAM}=${value}` } : { state: 'too-long' });
  };

  return (
    <section aria-labelledby={headingId} className="case-no-print">
      <h2 id={headingId}>{t('case.handover.heading')}</h2>
      <p>{t('case.handover.text')}</p>
      <p>
        <button type="button" className="button button--secondary" onClick={() => void make()}>
          {t('case.handover.make')}
        </button>
      </p>
      {link.state === 'too-long' || link.state === 'markup' ? (
        <p role="alert" className="status-text status-text--error">
          {link.state === 'markup' ? t('case.handover.markup') : t('case.handover.tooLong')}
        </p>
      ) : null}
      {link.state === 'made' ? (
        <>
          <label htmlFor={fieldId}>{t('case.handover.field')}</label>
          <input ref={field} id={fieldId} className="case-field" readOnly value={link.url} onFocus={(event) => event.target.select()} />
          <div className="case-actions">
            <CopyText
              text={() => link.url}
              label={t('case.handover.copy')}
              copied={t('case.handover.copied')}
              failed={t('case.handover.copyFailed')}
              onRefused={() => field.current?.select()}
            />
          </div>
        </>
      ) : null}
    </section>
  );
}
