// `npx tsx scripts/bench/detect-codes.ts`: prints how long status-code detection takes for 10 kB, 1 MB and 5 MB.
import { readFileSync } from 'node:fs';
import { detectStatusCodes } from '../../src/domain/bounce/detect-status-codes';

const ndr = readFileSync(new URL('../../src/domain/bounce/fixtures/exchange-online-owa-en.txt', import.meta.url), 'utf8');
const filler = readFileSync(new URL('../../src/domain/bounce/fixtures/exim.txt', import.meta.url), 'utf8');

function sample(bytes: number): string {
  let text = ndr;
  while (text.length < bytes) text += filler;
  return text.slice(0, bytes);
}

const inputs: [string, string][] = [
  ['10 kB NDR', sample(10_000)],
  ['1 MB NDR', sample(1_000_000)],
  ['5 MB NDR', sample(5_000_000)],
  ['5 MB of "5."', '5.'.repeat(2_500_000)],
  ['5 MB of digits', '5'.repeat(5_000_000)],
];
for (const [name, text] of inputs) {
  detectStatusCodes(text);
  const runs = text.length > 1_000_000 ? 5 : 20;
  const times: number[] = [];
  let steps = 0;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    steps = detectStatusCodes(text).steps;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(16)} median ${times[Math.floor(runs / 2)].toFixed(1).padStart(7)} ms   max ${times[runs - 1].toFixed(1).padStart(7)} ms   ${(steps / text.length).toFixed(1)} steps/char`);
}
