import { rmSync } from 'node:fs';

/** Each run starts its figures afresh. */
export default function globalSetup(): void {
  rmSync('test-results/figures.jsonl', { force: true });
}
