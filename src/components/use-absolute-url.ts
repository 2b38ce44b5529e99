import { useHref } from 'react-router';

/** The absolute address of an app path (with the site's base path), for links that leave the page: mail, hand-over. */
export function useAbsoluteUrl(path: string): () => string {
  const href = useHref(path);
  return () => new URL(href, window.location.origin).href;
}
