import { use } from 'react';
import { paths } from '../../config/paths';
import type { GuideCode, StepId } from '../../domain/guides';
import { uiPartThenable } from '../../i18n/i18n';
import { useLocale } from '../../i18n/use-locale';
import { CopyLink } from '../step/copy-step-link';

/** Beside "copy link": the link without a language, which opens the step in each reader's own language. */
export function NeutralCopyLink({ code, step }: { code: GuideCode; step: StepId }) {
  const { t, lang } = useLocale();
  use(uiPartThenable('guide', lang));
  const url = () => new URL(import.meta.env.BASE_URL.replace(/\/$/, '') + paths.neutral(code, step), window.location.origin).href;
  return <CopyLink url={url} label={t('guideNav.copyNeutral')} copied={t('guideNav.neutralCopied')} field={t('guideNav.neutralField')} />;
}
