// Prints one closing line for the whole `npm test` run, from the JSON reports of Vitest and Playwright.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
const unit = read('test-results/unit.json');
const e2e = read('test-results/e2e.json');
let passed = 0;
let failed = 0;
let skipped = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
}
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
if (existsSync('test-results/figures.jsonl')) {
  const figures = new Map();
  for (const line of readFileSync('test-results/figures.jsonl', 'utf8').split('\n').filter(Boolean)) {
    const { name, value } = JSON.parse(line);
    figures.set(name, (figures.get(name) ?? 0) + value);
  }
  for (const [name, value] of figures) console.log(`${name}: ${value}`);
}
console.log(`unit: ${unit ? `${unit.numPassedTests} passed` : 'no report'}; end-to-end: ${e2e ? `${e2e.stats.expected} passed` : 'no report'}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || !unit || !e2e ? 1 : 0);
