import type { Plugin } from 'vite';
import { LANGUAGES, LANGUAGE_INFO } from '../../src/domain/languages.ts';

const FILE = 'preload-language.js';

/**
 * The language catalog is a chunk that the app would only request after its
 * own script ran: one round trip too many. This tiny classic script (external,
 * so the CSP needs no inline script) reads the language from the URL and adds
 * a modulepreload for that catalog, which then loads alongside the app.
 */
export function preloadLanguage(): Plugin {
  let base = '/';
  return {
    name: 'preload-language',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('<title>', `<script src="${base}${FILE}"></script>\n    <title>`),
    },
    generateBundle(_options, bundle) {
      const chunks: Record<string, string> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.facadeModuleId) continue;
        for (const lang of LANGUAGES) {
          if (output.facadeModuleId.replace(/\\/g, '/').endsWith(`/locales/${LANGUAGE_INFO[lang].sourceKey}/index.ts`)) {
            chunks[lang] = `${base}${output.fileName}`;
          }
        }
      }
      if (Object.keys(chunks).length !== LANGUAGES.length) this.error(`language chunks not found: ${JSON.stringify(chunks)}`);
      const source = `(function(){var c=${JSON.stringify(chunks)},b=${JSON.stringify(base)},s=location.pathname.slice(b.length).split("/")[0],h;if(!c[s]){try{s=localStorage.getItem("ndr-wizard.language")}catch(e){}}if(h=c[s]){var l=document.createElement("link");l.rel="modulepreload";l.href=h;document.head.appendChild(l)}})();\n`;
      this.emitFile({ type: 'asset', fileName: FILE, source });
    },
  };
}
