import { join } from 'node:path';
import { LANGUAGES, LANGUAGE_INFO } from '../../src/domain/languages';
import type { CompileResult } from './compile-content';

export const GENERATED_README = `# Generated: do not edit

Everything in this folder is written by \`npm run content\` from \`locales/content/\` (the project's text and the
guides' structure) and \`locales/sources/\` (the imported Microsoft articles and the link registry). Edit those and
run \`npm run content\`; \`npm test\` fails when these files are not what the sources produce.

- \`model.json\`: the guides' codes and step lists and the site's composition, in no language. The app's router, the
  prerender step and the sitemap read it.
- \`<lang>/common.json\`: what every page of a language may show (the guides' names and summaries, every step's
  title, the home page's paragraphs, the footer).
- \`<lang>/home.json\`: the home page's paragraphs.
- \`<lang>/compare.json\`: each guide's one-line facts (what is blocked, who sees it, who fixes it, how long), side
  by side.
- \`<lang>/guide-<code>.json\`: one guide's overview (its structure and text, with each paragraph's provenance).
- \`<lang>/step-<id>.json\`: one step (its parts and text), the same under every guide that uses it. A page
  downloads only its own guide's or step's catalog.
- \`<lang>/originals-<catalog>.json\`: the English each paragraph was translated from, loaded only when a reader
  asks for it.
`;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every file `npm run content` writes under locales/generated/, with its content. */
export function generatedFiles(root: string, result: CompileResult): [string, string][] {
  const dir = join(root, 'locales', 'generated');
  const files: [string, string][] = [
    [join(dir, 'README.md'), GENERATED_README],
    [join(dir, 'model.json'), json(result.model)],
  ];
  for (const lang of LANGUAGES) {
    const out = join(dir, LANGUAGE_INFO[lang].fileKey);
    const compiled = result.languages[lang];
    files.push([join(out, 'common.json'), json(compiled.common)]);
    files.push([join(out, 'compare.json'), json(compiled.compare)]);
    files.push([join(out, 'home.json'), json(compiled.home)]);
    for (const [code, catalog] of Object.entries(compiled.guides)) files.push([join(out, `guide-${code}.json`), json(catalog)]);
    for (const [id, catalog] of Object.entries(compiled.steps)) files.push([join(out, `step-${id}.json`), json(catalog)]);
    for (const [name, originals] of Object.entries(compiled.originals)) files.push([join(out, `originals-${name}.json`), json(originals)]);
  }
  return files;
}
