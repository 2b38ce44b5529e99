import { useEffect, useState } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { catalogOfPath } from '../config/paths';
import { LANGUAGE_INFO, isLang } from '../domain/languages';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { switchLanguage } from '../i18n/i18n';
import { useLocale } from '../i18n/use-locale';
import { Layout } from './layout';
import { LoadError } from '../components/load-error';
import { recoverFromStaleChunk } from '../components/stale-chunk';

/**
 * Everything under /<lang>/: loads that language when the URL asks for
 * another one, and keeps <html lang> in step with the text on screen.
 */
export function LanguageRoute() {
  const { lang } = useParams();
  const { lang: shown } = useLocale();
  // The page's catalog is loaded with the new language, so the switch shows no loading state.
  const page = catalogOfPath(useLocation().pathname);
  const pageKey = page ? JSON.stringify(page) : '';
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!isLang(lang) || lang === shown) return;
    let cancelled = false;
    switchLanguage(lang, pageKey ? (JSON.parse(pageKey) as typeof page) : undefined).catch(() => {
      if (!cancelled && !recoverFromStaleChunk()) setFailed(true);
    });
    return () => {
      cancelled = true;
    };
  }, [lang, shown, attempt, pageKey]);

  useEffect(() => {
    document.documentElement.lang = LANGUAGE_INFO[shown].htmlLang;
  }, [shown]);

  if (!isLang(lang)) return <NotFoundRoute />;
  return (
    <Layout lang={lang}>
      {failed ? (
        <LoadError
          what="language"
          retry={() => {
            setFailed(false);
            setAttempt(attempt + 1);
          }}
        />
      ) : null}
      <Outlet />
    </Layout>
  );
}

/** Any address outside the route table ("//x", "/xx/…"): a not-found page in the language already loaded. */
export function NotFoundRoute() {
  const { lang } = useLocale();
  return (
    <Layout lang={lang}>
      <NotFoundPage />
    </Layout>
  );
}
