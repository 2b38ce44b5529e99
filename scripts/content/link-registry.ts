import { docsUrl, isAllowedDocUrl } from '../../src/domain/docs-url';
import type { Lang } from '../../src/domain/languages';
import { ImportError } from './import-error';

/** One Microsoft page: a learn.microsoft.com path (localized per reader) or an absolute URL (portal pages). */
export interface RegistryEntry {
  path?: string;
  url?: string;
  articleUrls?: string[];
  title: Record<string, string>;
  evidence?: string;
}

export interface Registry {
  links: Record<string, RegistryEntry>;
}

/** Resolves article URLs and `doc:<id>` links through the one link registry (locales/sources/doc-links.json). */
export class LinkResolver {
  private readonly byUrl = new Map<string, string>();

  constructor(
    readonly registry: Registry,
    private readonly file: string,
  ) {
    for (const [id, entry] of Object.entries(registry.links)) {
      if (!entry.path === !entry.url) throw new ImportError(file, 0, `links.${id} needs exactly one of "path" and "url"`);
      if (entry.url && !isAllowedDocUrl(entry.url)) throw new ImportError(file, 0, `links.${id}.url is not an https URL on a Microsoft host`);
      for (const url of entry.articleUrls ?? []) this.byUrl.set(url, id);
    }
  }

  has(id: string): boolean {
    return Object.hasOwn(this.registry.links, id);
  }

  /** Maps an article URL (or `doc:<id>`) to a registry id, or fails with the place it came from. */
  resolve(url: string, file: string, line: number): string {
    const id = url.startsWith('doc:') ? url.slice(4) : this.byUrl.get(url);
    if (!id || !this.has(id)) throw new ImportError(file, line, `link ${url} is not in the link registry`);
    return id;
  }

  href(id: string, lang: Lang): string {
    const entry = this.registry.links[id];
    return entry.url ?? docsUrl(entry.path!, lang);
  }

  title(id: string, fileKey: string): string {
    const title = this.registry.links[id].title[fileKey];
    if (!title) throw new ImportError(this.file, 0, `links.${id}.title.${fileKey} is missing`);
    return title;
  }
}
