import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { isAllowedDocUrl } from '../domain/docs-url';

/**
 * A link to Microsoft documentation: new tab, no opener or referrer, and a
 * name that says where it goes. A URL outside the allow-list is shown as text.
 */
export function ExternalDocLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  if (!isAllowedDocUrl(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="doc-link">
      {children}
      <span className="visually-hidden"> ({t('step.opensInNewTab')})</span>
    </a>
  );
}
