/**
 * Which files under dist/ hold the prerendered page for a URL, so that every common static host answers
 * the URL exactly as shared with that page's own HTML:
 *
 * - "/ja/5.7.750/" (ends in a slash): `ja/5.7.750/index.html`, which every host serves for a directory.
 * - "/ja/5.7.750/review-connectors" (no slash): `ja/5.7.750/review-connectors.html` for hosts that map
 *   /a/b to /a/b.html (Netlify, Cloudflare Pages, Vercel with cleanUrls, GitHub Pages, `serve`,
 *   `vite preview`, which checks it before its fallback to /index.html), and the same page again as
 *   `ja/5.7.750/review-connectors/index.html` for directory servers (nginx, Apache, Azure Static Web Apps,
 *   Vercel by default, `python -m http.server`), some of which first redirect to the trailing slash.
 *
 * No `.html` twin for a URL that ends in a slash: Netlify and Cloudflare would then redirect
 * "/ja/5.7.750/" to "/ja/5.7.750", which is not the address people share.
 */
export function pageFiles(urlPath: string): string[] {
  if (!urlPath.startsWith('/')) throw new Error(`not a path from the site root: ${urlPath}`);
  const relative = urlPath.slice(1);
  if (relative === '' || relative.endsWith('/')) return [`${relative}index.html`];
  return [`${relative}.html`, `${relative}/index.html`];
}
