import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const headers = JSON.parse(readFileSync(new URL('./security-headers.json', import.meta.url), 'utf8')) as Record<string, string>;

/**
 * The same security headers everywhere: scripts/serve.mjs sends them, the build
 * writes them as `_headers` (Netlify, Cloudflare Pages) and puts the CSP in a
 * meta tag for hosts that cannot set headers (frame-ancestors only works as a
 * header, so the meta copy leaves it out). Build only: the dev server needs
 * inline scripts for hot reload.
 */
export function securityPolicy(): Plugin {
  const metaCsp = headers['Content-Security-Policy']
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'security-policy',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    transformIndexHtml: (html) =>
      html.replace('<meta name="color-scheme"', `<meta http-equiv="Content-Security-Policy" content="${metaCsp}" />\n    <meta name="color-scheme"`),
    generateBundle() {
      const lines = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''];
      this.emitFile({ type: 'asset', fileName: '_headers', source: lines.join('\n') });
    },
  };
}
