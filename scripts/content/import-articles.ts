/**
 * `npm run content`: regenerates locales/<lang>/guide.json from the articles
 * in locales/sources. `--check` writes nothing and fails when the committed
 * catalogs differ from what the sources produce now.
 * Everything is computed before anything is written, so a bad article leaves
 * the committed catalogs untouched.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../../src/domain/languages';
import { buildCatalogs } from './build-catalogs';
import { catalogFiles } from './catalog-files';
import { ImportError } from './import-error';

const rootFlag = process.argv.indexOf('--root');
// --root lets tests run the importer on a scratch copy of the project.
const root = rootFlag > 0 ? process.argv[rootFlag + 1] : join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const check = process.argv.includes('--check');

try {
  const { catalogs, reports } = buildCatalogs(join(root, 'locales', 'sources'));
  for (const report of reports) {
    const older = report.aligned.filter((block) => block.revision === 'older').map((block) => block.id);
    console.log(`${report.locale} (${report.date}): ${report.aligned.length} blocks aligned`);
    if (older.length) console.log(`  older wording: ${older.join(', ')}`);
    if (report.missing.length) console.log(`  missing, filled by project translation: ${report.missing.join(', ')}`);
    for (const duplicate of report.duplicates) console.log(`  duplicate ${duplicate.id} on lines ${duplicate.lines.join(', ')}: kept the first`);
    for (const partial of report.partial) console.log(`  partial ${partial.id} on lines ${partial.lines.join(', ')}: replaced by project translation`);
    if (report.droppedNdrLines.length) console.log(`  machine-translated NDR lines dropped on lines ${report.droppedNdrLines.join(', ')}`);
  }
  const stale: string[] = [];
  for (const [path, text] of LANGUAGES.flatMap((lang) => catalogFiles(root, lang, catalogs[lang]))) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current === text) continue;
    stale.push(relative(root, path));
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  if (check && stale.length) {
    console.error(`Stale catalogs (run npm run content): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(check ? 'Catalogs are up to date.' : stale.length ? `Wrote ${stale.join(', ')}` : 'Catalogs unchanged.');
} catch (error) {
  if (error instanceof ImportError) {
    console.error(`${relative(root, error.file) || error.file}:${error.line}: ${error.reason}`);
    console.error('No catalog was written.');
    process.exit(1);
  }
  throw error;
}
