import { readFileSync } from 'node:fs';

/** The project's security headers (security-headers.json), optionally allowing one inline style by its hash. */
export function securityHeaders(styleHash?: string): Record<string, string> {
  const headers = JSON.parse(readFileSync(new URL('./security-headers.json', import.meta.url), 'utf8')) as Record<string, string>;
  if (styleHash) headers['Content-Security-Policy'] = headers['Content-Security-Policy'].replace("style-src 'self'", `style-src 'self' ${styleHash}`);
  return headers;
}

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
