import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageSegment } from '../config/paths';
import { LANGUAGE_INFO, isLang } from '../domain/languages';
import { preferredLanguage } from '../features/language/preferred-language';
import { initI18n } from '../i18n/i18n';
import { App } from './app';
import '../styles/app.css';

const basename = import.meta.env.BASE_URL;
const path = window.location.pathname.slice(basename.length - 1);
const segment = languageSegment(path);
// The URL's language if it has one; otherwise (/, or an unknown segment) the reader's best language.
const lang = isLang(segment) ? segment : preferredLanguage();
document.documentElement.lang = LANGUAGE_INFO[lang].htmlLang;

const root = document.getElementById('root')!;
initI18n(lang)
  .then(() => {
    createRoot(root).render(
      <StrictMode>
        <App basename={basename} />
      </StrictMode>,
    );
  })
  .catch(() => {
    // Not even one language could be loaded (offline, or a broken deploy): say so in plain text.
    const message = document.getElementById('boot-error');
    if (message) message.hidden = false;
  });
