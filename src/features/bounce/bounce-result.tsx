import { Link } from 'react-router';
import { ExternalDocLink } from '../../components/external-doc-link';
import { paths } from '../../config/paths';
import type { BounceCode, BounceDetails } from '../../domain/bounce/analyze-bounce';
import type { CodeReference } from '../../domain/bounce/code-reference';
import { docsUrl } from '../../domain/docs-url';
import { useLocale } from '../../i18n/use-locale';
import { useRouteLang } from '../../i18n/use-route-lang';
import { caseBounceFor } from '../../domain/case/case-data';
import { useProgressStore } from '../progress/progress-store';
import type { ShownAnalysis, ShownCode } from './analyze-bounce';

/**
 * Keeps the details found (not the pasted text) with a guide's progress, in this browser only: the code's own reply,
 * identifier and recipients (`shown` null: a bounce known by its wording, all of them). Done when the reader follows
 * any link from a code to its guide: the guide itself, "I'm not the admin" or the support summary, so the summary
 * reached later from the guide still holds them.
 */
function useKeepDetails(code: string, shown: BounceCode | null, details: BounceDetails) {
  const setCase = useProgressStore((state) => state.setCase);
  return () => setCase('cases', code, 'bounce', caseBounceFor(shown, details));
}

/** For a code with a guide: the way for someone who is not the admin, and the support summary. */
function CaseLinks({ code, shown, details }: { code: string; shown: BounceCode | null; details: BounceDetails }) {
  const { t } = useLocale();
  const lang = useRouteLang();
  const keep = useKeepDetails(code, shown, details);
  return (
    <span className="detected-code__case">
      <Link to={paths.notAdmin(lang, code)} onClick={keep}>
        {t('bounce.notAdmin')}
      </Link>
      <Link to={paths.summary(lang, code)} onClick={keep}>
        {t('bounce.toSummary')}
      </Link>
    </span>
  );
}

function CodeLink({ reference, shown, details }: { reference: CodeReference; shown: BounceCode | null; details: BounceDetails }) {
  const { t } = useLocale();
  const lang = useRouteLang();
  const keep = useKeepDetails(reference.target.kind === 'guide' ? reference.target.code : '', shown, details);
  return reference.target.kind === 'guide' ? (
    <Link to={paths.overview(lang, reference.target.code)} className="detected-code__guide" onClick={keep}>
      {t('bounce.openGuide', { code: reference.code })}
    </Link>
  ) : (
    <ExternalDocLink href={docsUrl(reference.target.path, lang)}>{t('bounce.openDocs', { code: reference.code })}</ExternalDocLink>
  );
}

function CodeItem({ shown, reasonCode, details }: { shown: ShownCode; reasonCode: string; details: BounceDetails }) {
  const { t } = useLocale();
  const { reference } = shown;
  const [codeClass, subject] = reference.code.split('.');
  // "550 4.4.7": the reply code says the failure is final, whatever the code's own class.
  const cls = /^#?([45])\d\d[ ;-]/.exec(shown.replyLine ?? '')?.[1] ?? codeClass;
  return (
    <li className={shown.role === 'cause' ? 'detected-code detected-code--cause' : 'detected-code'}>
      <span className="detected-code__role">{shown.role === 'cause' ? t('bounce.roleCause', { code: reasonCode }) : t('bounce.roleReason')}</span>
      <span className="detected-code__head">
        <code className="detected-code__code">{reference.code}</code>{' '}
        <span className="detected-code__kind">
          {t(cls === '4' ? 'bounce.class4' : 'bounce.class5')} · {t(`bounce.subject${subject as '0'}`)}
        </span>
      </span>
      {reference.descriptions.length ? (
        <span className="detected-code__description" lang="en">
          {reference.descriptions.join(' / ')}
        </span>
      ) : (
        <span className="detected-code__description">{t('bounce.notInTable')}</span>
      )}
      {shown.replyLine ? (
        <span className="detected-code__reply">
          <span className="detected-code__reply-label">{t('bounce.replyLine')}</span>
          <code lang="en" translate="no" className="detected-code__reply-text">
            {shown.replyLine}
          </code>
        </span>
      ) : null}
      <span>
        <CodeLink reference={reference} shown={shown} details={details} />
      </span>
      {reference.target.kind === 'guide' ? <CaseLinks code={reference.target.code} shown={shown} details={details} /> : null}
    </li>
  );
}

const DETAIL_KEYS = ['asId', 'reportingServer', 'remoteServer', 'date', 'recipients', 'sender', 'subject'] as const;

/** The details of the whole bounce; with several codes, each identifier says which code's reply gave it. */
function DetailsList({ details, headingId, severalCodes }: { details: BounceDetails; headingId: string; severalCodes: boolean }) {
  const { t } = useLocale();
  const present = DETAIL_KEYS.filter((key) => (key === 'recipients' ? details.recipients.length > 0 : key === 'asId' ? details.asIds.length > 0 : details[key]));
  if (!present.length) return null;
  return (
    <>
      <h3 id={headingId}>{t('bounce.detailsHeading')}</h3>
      <dl className="bounce-details" aria-labelledby={headingId}>
        {present.map((key) => (
          <div key={key} className="bounce-details__row">
            <dt>{t(`bounce.${key}`)}</dt>
            {key === 'recipients' ? (
              <>
                {details.recipients.map((recipient) => (
                  <dd key={recipient} translate="no">
                    {recipient}
                  </dd>
                ))}
                {details.moreRecipients > 0 ? <dd>{t('bounce.moreRecipients', { count: details.moreRecipients })}</dd> : null}
              </>
            ) : key === 'asId' ? (
              details.asIds.map(({ asId, codes }) => (
                <dd key={asId} translate="no">
                  {severalCodes && codes.length ? `${asId} (${codes.join(', ')})` : asId}
                </dd>
              ))
            ) : (
              <dd translate={key === 'subject' ? undefined : 'no'}>{details[key]}</dd>
            )}
          </div>
        ))}
      </dl>
    </>
  );
}

/** The codes a bounce gives as reasons (and the cause of the first), what links they lead to, and the details for support. */
export function BounceResult({ analysis, ids }: { analysis: ShownAnalysis; ids: { results: string; details: string } }) {
  const { t } = useLocale();
  const reason = analysis.codes.find((code) => code.role === 'reason')?.code ?? '';
  return (
    <>
      {analysis.codes.length > 0 ? (
        <>
          <h3 id={ids.results}>{t('bounce.resultsHeading')}</h3>
          <ul aria-labelledby={ids.results} className="detected-codes">
            {analysis.codes.map((shown) => (
              <CodeItem key={`${shown.role}-${shown.code}`} shown={shown} reasonCode={reason} details={analysis.details} />
            ))}
          </ul>
        </>
      ) : analysis.identified ? (
        <div className="notice">
          <p>
            <strong>{t('bounce.identified', { code: analysis.identified.code })}</strong>
          </p>
          <p lang="en" className="bounce-paste__phrase">
            “{analysis.identified.phrase}”
          </p>
          <p>
            <CodeLink reference={analysis.identified.reference} shown={null} details={analysis.details} />
          </p>
          {analysis.identified.reference.target.kind === 'guide' ? (
            <p>
              <CaseLinks code={analysis.identified.reference.target.code} shown={null} details={analysis.details} />
            </p>
          ) : null}
        </div>
      ) : (
        <div className="notice">
          <p>
            <strong>{t('bounce.none')}</strong>
          </p>
          <p>{t('bounce.noneHelp')}</p>
        </div>
      )}
      <DetailsList details={analysis.details} headingId={ids.details} severalCodes={analysis.codes.length > 1} />
    </>
  );
}
