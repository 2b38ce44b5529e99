import { element, tag, type Attributes } from './html';

/** Everything a prerendered page is made of, as data; `renderDocument` is the only place that writes its HTML. */
export interface PageDocument {
  htmlLang: string;
  csp: string;
  /** <head> tags after the fixed ones: title, description, links, Open Graph. */
  head: { name: string; attributes: Attributes; text?: string }[];
  stylesheet: string;
  /** At "/" only: the inline script that asks a bare fallback host for the page's own file (fallback-redirect.js). */
  redirect?: { code: string; base: string };
  /** The app's start: the inline boot script (with what to load) or, for pages in no language, the module itself. */
  start: { kind: 'boot'; code: string; main: string; preload: string[] } | { kind: 'module'; src: string };
  /** The prerendered app markup (React's output) and the URL it was rendered for. */
  root: { html: string; path: string };
  /** Messages shown when the app cannot start, and without JavaScript, by language. */
  shell: { lang: string; bootError: string; noScript: string }[];
}

// The favicon as a data URI: nothing is requested before the largest paint.
const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Crect width='24' height='24' rx='5' fill='%230f6cbd'/%3E%3Cpath fill='%23fff' d='M5 7h14v10H5V7zm1.5 1.5v.4l5.5 3.6 5.5-3.6v-.4h-11zm0 2.2v4.8h11v-4.8l-5.5 3.6-5.5-3.6z'/%3E%3C/svg%3E";

/**
 * Composes a page's whole HTML from data, as VitePress's renderer does. The
 * inline texts (stylesheet, boot script, at "/" the fallback redirect) are fixed build outputs allowed
 * by their CSP hashes; they are written as they are, every other value escaped.
 */
export function renderDocument(page: PageDocument): string {
  const head = [
    tag('meta', { charset: 'UTF-8' }, true),
    tag('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }, true),
    tag('meta', { 'http-equiv': 'Content-Security-Policy', content: page.csp }, true),
    ...(page.redirect ? [`${tag('script', { 'data-base': page.redirect.base })}${page.redirect.code}</script>`] : []),
    tag('meta', { name: 'color-scheme', content: 'light dark' }, true),
    tag('meta', { name: 'referrer', content: 'no-referrer' }, true),
    tag('link', { rel: 'icon', type: 'image/svg+xml', href: ICON }, true),
    ...page.head.map(({ name, attributes, text }) => (text === undefined ? tag(name, attributes, true) : element(name, attributes, text))),
    page.start.kind === 'boot'
      ? `${tag('script', { 'data-main': page.start.main, 'data-preload': page.start.preload.join(' ') })}${page.start.code}</script>`
      : `${tag('script', { type: 'module', crossorigin: '', src: page.start.src })}</script>`,
    `<style>${page.stylesheet}</style>`,
  ];
  const paragraphs = (pick: (text: PageDocument['shell'][number]) => string) => page.shell.map((text) => element('p', { lang: text.lang }, pick(text))).join('');
  return [
    '<!doctype html>',
    tag('html', { lang: page.htmlLang }),
    // One element a line, not indented: every step page carries these bytes in its first view.
    '<head>',
    ...head,
    '</head>',
    '<body>',
    // First, as a notice above the page: said where a reader without JavaScript starts reading.
    `<noscript>${paragraphs((text) => text.noScript)}</noscript>`,
    `${tag('div', { id: 'root', 'data-prerendered': page.root.path })}${page.root.html}</div>`,
    `<div id="boot-error" class="boot-error" role="alert" hidden>${paragraphs((text) => text.bootError)}</div>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
