import { use, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { GuideCode, StepId } from '../../domain/guides';
import { pageCatalogThenable, uiPartThenable } from '../../i18n/i18n';
import { useLocale } from '../../i18n/use-locale';
import { useRouteLang } from '../../i18n/use-route-lang';
import { useGuideProgress } from '../progress/use-guide-progress';
import { StepStatus } from './step-status';

// Beside the content from this width (guide-nav.css), where the list starts open; narrower, it starts folded.
const WIDE = '(min-width: 66rem)';

/**
 * GOV.UK's step-by-step navigation: the guide's steps with their state and the overall progress, on every step
 * page. Loaded after the page is ready (with the guide's catalog for the titles), so a step link's first view does
 * not carry it.
 */
export function StepAside({ code, step }: { code: GuideCode; step: StepId }) {
  const { t, lang } = useLocale();
  const routeLang = useRouteLang();
  use(uiPartThenable('guide', lang));
  const catalog = use(pageCatalogThenable(lang, { kind: 'guide', code }));
  const { marks, done, total } = useGuideProgress(code);
  const [open] = useState(() => window.matchMedia(WIDE).matches);
  return (
    <nav className="step-aside" aria-labelledby="step-aside-heading">
      <details open={open}>
        <summary>
          <span id="step-aside-heading" className="step-aside__heading">
            {t('guideNav.heading')}
          </span>{' '}
          <span className="step-aside__count">{t('guide.progress', { done, count: total })}</span>
        </summary>
        <progress max={total} value={done} aria-label={t('guide.progress', { done, count: total })} />
        <ol className="step-aside__list">
          {catalog.model.steps.map((id, index) => (
            <li key={id} className={id === step ? 'step-aside__item step-aside__item--current' : 'step-aside__item'}>
              <span className="step-aside__number" aria-hidden="true">
                {index + 1}
              </span>
              <span>
                {id === step ? (
                  <span aria-current="step">
                    {catalog.stepTitles[id]} <span className="visually-hidden">({t('guideNav.thisStep')})</span>
                  </span>
                ) : (
                  <Link to={paths.step(routeLang, code, id)}>{catalog.stepTitles[id]}</Link>
                )}
                <br />
                <StepStatus mark={marks[id]} />
              </span>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
