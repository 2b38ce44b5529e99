import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from './link-registry';

interface ArticleLink {
  seed_url: string;
  current_path: string;
  evidence: string;
}

export interface LinkEvidence {
  id: string;
  /** The URL in English (learn.microsoft.com paths are localized per reader). */
  url: string;
  evidence: string[];
}

/**
 * Why every link of the registry points where it does: its own `evidence` (a source id of
 * locales/content/sources.json, or a note), and for links the articles used, the record of where the page lives
 * today (locales/sources/links-evidence.json).
 */
export function linkEvidence(root: string): LinkEvidence[] {
  const sourcesDir = join(root, 'locales', 'sources');
  const registry = JSON.parse(readFileSync(join(sourcesDir, 'doc-links.json'), 'utf8')) as Registry;
  const articleLinks = JSON.parse(readFileSync(join(sourcesDir, 'links-evidence.json'), 'utf8')) as ArticleLink[];
  const sources = (JSON.parse(readFileSync(join(root, 'locales', 'content', 'sources.json'), 'utf8')) as { sources: Record<string, { title: string; repo?: string; path?: string; date?: string }> }).sources;
  return Object.entries(registry.links).map(([id, entry]) => {
    const evidence: string[] = [];
    for (const part of (entry.evidence ?? '').split(/[,;]\s*/).filter(Boolean)) {
      const source = Object.hasOwn(sources, part) ? sources[part] : undefined;
      evidence.push(source ? `${part}: ${source.title} (${[source.repo, source.path, source.date].filter(Boolean).join(', ')})` : part);
    }
    for (const link of articleLinks) {
      if ((entry.articleUrls ?? []).includes(link.seed_url) || (entry.path && link.current_path === entry.path)) evidence.push(`${link.seed_url} -> ${link.current_path}: ${link.evidence}`);
    }
    return { id, url: entry.url ?? `https://learn.microsoft.com/en-us${entry.path}`, evidence: [...new Set(evidence)] };
  });
}
