/**
 * `npx tsx scripts/content/check-translation.ts <lang file>...`: checks one
 * translated content file against its English file (same folder, en.md)
 * before the whole content compiles: front matter fields, the same blocks,
 * identical commands, links through the registry, Markdown the compiler reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { langOfFileKey } from '../../src/domain/languages';
import type { Flow } from '../../src/domain/rich-text';
import { readContentFile, toFlow } from './content-markdown';
import { ImportError } from './import-error';
import { LinkResolver, type Registry } from './link-registry';

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
const registryFile = join(root, 'locales', 'sources', 'doc-links.json');
const links = new LinkResolver(JSON.parse(readFileSync(registryFile, 'utf8')) as Registry, registryFile);
let problems = 0;
const report = (file: string, line: number, message: string) => {
  problems += 1;
  console.error(`${file}:${line}: ${message}`);
};

for (const file of process.argv.slice(2)) {
  try {
    const lang = langOfFileKey(basename(file, '.md'));
    if (!lang) throw new ImportError(file, 0, 'the file name is not a language (en, zh-CN, sv, de, ja, fr)');
    const target = readContentFile(file, readFileSync(file, 'utf8'));
    const englishFile = join(dirname(file), 'en.md');
    const english = existsSync(englishFile) ? readContentFile(englishFile, readFileSync(englishFile, 'utf8')) : undefined;
    const codes = (flows: Flow[]) => flows.flatMap((flow) => (flow.type === 'code' ? [flow.value] : []));
    for (const block of target.blocks) {
      const flows = toFlow(block, file, lang, links);
      if (block.name.startsWith('article:')) {
        if (!block.attrs.corrects) report(file, block.line, `${block.name} needs {corrects="<reason>"}`);
        continue;
      }
      const source = english?.blocks.find((candidate) => candidate.name === block.name);
      if (!source) {
        report(file, block.line, `no English block "${block.name}" in ${englishFile}`);
        continue;
      }
      if (JSON.stringify(codes(flows)) !== JSON.stringify(codes(toFlow(source, englishFile, 'en', links)))) {
        report(file, block.line, `the commands differ from the English block's (they stay verbatim English)`);
      }
    }
    for (const block of english?.blocks ?? []) {
      if (!block.name.startsWith('article:') && !target.blocks.some((candidate) => candidate.name === block.name)) {
        report(file, 0, `missing block "${block.name}" (English line ${block.line})`);
      }
    }
    for (const field of ['title', 'blocked', 'whoSees', 'whoFixes', 'timeToFix']) {
      if (english?.fields[field] !== undefined && !target.fields[field]) report(file, 1, `front matter needs "${field}"`);
    }
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    report(error.file, error.line, error.reason);
  }
}
console.log(problems ? `${problems} problem(s).` : 'No problems found.');
process.exit(problems ? 1 : 0);
