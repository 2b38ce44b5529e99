import { appendFileSync, mkdirSync } from 'node:fs';

/** Records a figure (kinds of bad data tried, pages scanned by axe…) for the closing summary of `npm test`. */
export function recordFigure(name: string, value: number): void {
  mkdirSync('test-results', { recursive: true });
  appendFileSync('test-results/figures.jsonl', `${JSON.stringify({ name, value })}\n`);
}
