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
      <svg className="doc-link__icon" aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
        <path d="M9 2h5v5h-1.5V4.6L7 10.1 5.9 9l5.5-5.5H9V2zM3 4h4v1.5H3.5v7h7V9H12v5H2V4h1z" fill="currentColor" />
      </svg>
    </a>
  );
}
