/**
 * `npm run content`: compiles locales/content/ and the articles in
 * locales/sources/ into locales/generated/. `--check` writes nothing and fails
 * when the committed files differ from what the sources produce now.
 * Everything is computed before anything is written, so a bad file leaves the
 * committed catalogs untouched. `--root` runs it on another copy of the
 * project (tests, and builds with extra content).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './catalog-files';
import { compileContent } from './compile-content';
import { ImportError } from './import-error';

const rootFlag = process.argv.indexOf('--root');
const root = rootFlag > 0 ? process.argv[rootFlag + 1] : join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const check = process.argv.includes('--check');

/** Files under locales/generated/ that the sources no longer produce (a removed guide). */
function leftovers(dir: string, keep: Set<string>): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !keep.has(path));
}

try {
  const result = compileContent(root);
  for (const report of result.reports) {
    const older = report.aligned.filter((block) => block.revision === 'older').map((block) => block.id);
    console.log(`${report.locale} (${report.date}): ${report.aligned.length} blocks aligned`);
    if (older.length) console.log(`  older wording: ${older.join(', ')}`);
    if (report.missing.length) console.log(`  missing, filled by project translation: ${report.missing.join(', ')}`);
    for (const duplicate of report.duplicates) console.log(`  duplicate ${duplicate.id} on lines ${duplicate.lines.join(', ')}: kept the first`);
    for (const partial of report.partial) console.log(`  partial ${partial.id} on lines ${partial.lines.join(', ')}: replaced by project translation`);
    if (report.droppedNdrLines.length) console.log(`  machine-translated NDR lines dropped on lines ${report.droppedNdrLines.join(', ')}`);
  }
  console.log(`${result.model.guides.length} guides, ${Object.keys(result.model.steps).length} steps.`);
  const files = generatedFiles(root, result);
  const stale: string[] = [];
  for (const [path, text] of files) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === text) continue;
    stale.push(relative(root, path));
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  const extra = leftovers(join(root, 'locales', 'generated'), new Set(files.map(([path]) => path)));
  for (const path of extra) {
    stale.push(`${relative(root, path)} (no longer produced)`);
    if (!check) rmSync(path);
  }
  if (check && stale.length) {
    console.error(`Stale generated files (run npm run content): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(check ? 'Generated files are up to date.' : stale.length ? `Wrote ${stale.join(', ')}` : 'Generated files unchanged.');
} catch (error) {
  if (error instanceof ImportError) {
    console.error(`${relative(root, error.file) || error.file}:${error.line}: ${error.reason}`);
    console.error('Nothing was written.');
    process.exit(1);
  }
  throw error;
}
