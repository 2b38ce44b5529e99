import type { Plugin } from 'vite';
import { metaCsp, securityHeaders } from './security-headers.ts';

/**
 * Puts the CSP in a meta tag of the built index.html, for hosts that cannot set
 * headers. The prerender step then writes the final policy (with the inline
 * stylesheet's hash) into every page, `_headers` and `security-headers.json`.
 * Build only: the dev server needs inline scripts for hot reload.
 */
export function securityPolicy(): Plugin {
  const csp = metaCsp(securityHeaders());
  return {
    name: 'security-policy',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    transformIndexHtml: (html) =>
      html.replace('<meta name="color-scheme"', `<meta http-equiv="Content-Security-Policy" content="${csp}" />\n    <meta name="color-scheme"`),
  };
}
