import { use } from 'react';
import { guideSteps, isSupportRequestStep, type GuideCode } from '../../domain/guides';
import { uiPartThenable } from '../../i18n/i18n';
import { useLocale } from '../../i18n/use-locale';

/**
 * Shown on an overview once every step is ticked: the guide is finished, and what comes next. Guides that end by
 * asking Microsoft Support wait for Support to lift the block (the guidance documents no time for it); every
 * guide ends by checking that mail flows again.
 */
export function GuideComplete({ code }: { code: GuideCode }) {
  const { t, lang } = useLocale();
  use(uiPartThenable('guide', lang));
  return (
    <div className="guide-complete" role="status">
      <p className="guide-complete__title">{t('guideNav.complete')}</p>
      <p>{guideSteps(code).some(isSupportRequestStep) ? t('guideNav.nextSupport') : t('guideNav.nextCheck')}</p>
    </div>
  );
}
