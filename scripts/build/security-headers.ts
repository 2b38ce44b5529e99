import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The project's security headers (security-headers.json), optionally allowing
 * one inline style and one inline script, each by its hash (never
 * 'unsafe-inline').
 */
export function securityHeaders(inline: { styleHash?: string; scriptHash?: string } = {}): Record<string, string> {
  const headers = JSON.parse(readFileSync(new URL('./security-headers.json', import.meta.url), 'utf8')) as Record<string, string>;
  let csp = headers['Content-Security-Policy'];
  if (inline.styleHash) csp = csp.replace("style-src 'self'", `style-src 'self' ${inline.styleHash}`);
  if (inline.scriptHash) csp = csp.replace("script-src 'self'", `script-src 'self' ${inline.scriptHash}`);
  headers['Content-Security-Policy'] = csp;
  return headers;
}

/** The CSP source expression that allows exactly this inline text. */
export const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The CSP as a <meta> tag can carry it: frame-ancestors only works as a header. */
export function metaCsp(headers: Record<string, string>): string {
  return headers['Content-Security-Policy']
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}

/** The `_headers` file Netlify and Cloudflare Pages read. */
export function headersFile(headers: Record<string, string>): string {
  return ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}
