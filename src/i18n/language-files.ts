import { langOfFileKey, type Lang } from '../domain/languages';

type Loader<T> = () => Promise<T>;

/**
 * Turns an import.meta.glob map ("../../locales/ja/ui.json" -> loader) into a
 * loader per language and name, so adding a language or a guide adds files,
 * not code. Vite makes every matched file its own chunk: a reader downloads
 * only what the page on screen needs. `name` is what the pattern's last `*`
 * matched (a guide code, "common"), empty when the pattern has none.
 */
export function byLanguage<T>(files: Record<string, Loader<{ default: T }>>, pattern: RegExp): (lang: Lang, name?: string) => Promise<T> {
  const table = new Map<string, Loader<{ default: T }>>();
  for (const [path, load] of Object.entries(files)) {
    const match = pattern.exec(path);
    const lang = match && langOfFileKey(match[1]);
    if (lang) table.set(`${lang}|${match[2] ?? ''}`, load);
  }
  return (lang, name = '') => {
    const load = table.get(`${lang}|${name}`);
    if (!load) return Promise.reject(new Error(`no file for ${lang} ${name}`));
    return load().then((module) => module.default);
  };
}
