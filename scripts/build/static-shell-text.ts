import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES, LANGUAGE_INFO } from '../../src/domain/languages.ts';
import { escapeHtml } from './html.ts';

interface ShellStrings {
  app: { name: string; bootError: string; noScript: string };
}

function strings(root: string, key: string): ShellStrings {
  const read = (file: string) => JSON.parse(readFileSync(join(root, 'locales', key, file), 'utf8')) as ShellStrings;
  return { app: { ...read('ui.json').app, ...(read('shell.json') as unknown as { shell: ShellStrings['app'] }).shell } };
}


/**
 * The few words index.html shows before (or without) JavaScript come from the
 * locale files like every other string, in all six languages. Dev server only:
 * the build's pages are composed whole by the prerender step.
 */
export function staticShellText(): Plugin {
  let root = process.cwd();
  return {
    name: 'static-shell-text',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml(html) {
      const all = LANGUAGES.map((lang) => ({ lang: LANGUAGE_INFO[lang].htmlLang, text: strings(root, LANGUAGE_INFO[lang].fileKey).app }));
      const paragraphs = (pick: (text: ShellStrings['app']) => string) =>
        all.map(({ lang, text }) => `<p lang="${lang}">${escapeHtml(pick(text))}</p>`).join('');
      return html
        .replace('%APP_NAME%', escapeHtml(all[0].text.name))
        .replace('<!--boot-error-->', paragraphs((text) => text.bootError))
        .replace('<!--noscript-->', paragraphs((text) => text.noScript));
    },
  };
}
