// `npm run bench:detect`: prints how long the bounce analysis (codes, reply lines, details, wording) takes for 10 kB, 1 MB and 5 MB.
import { readFileSync } from 'node:fs';
import { analyzeBounce } from '../../src/domain/bounce/analyze-bounce';
import { originalMessageStart } from '../../src/domain/bounce/original-message';
import { median } from './median';

const ndr = readFileSync(new URL('../../src/domain/bounce/fixtures/exchange-online-owa-en.txt', import.meta.url), 'utf8');
// The reports of other bounces (each without its quoted original, which the parser skips): the whole input is read.
const report = (name: string) => {
  const text = readFileSync(new URL(`../../src/domain/bounce/fixtures/${name}`, import.meta.url), 'utf8');
  return text.slice(0, originalMessageStart(text.toLowerCase()));
};
const filler = ['exim.txt', 'sendmail-follow-on.txt', 'exo-expired.txt', 'postfix.txt'].map(report).join('\n');

function sample(bytes: number): string {
  const parts: string[] = [];
  for (let length = ndr.length; length < bytes; length += filler.length + 1) parts.push(filler);
  return `${parts.join('\n').slice(0, bytes - ndr.length)}${ndr}`;
}

const inputs: [string, string][] = [
  ['10 kB NDR', sample(10_000)],
  ['1 MB NDR', sample(1_000_000)],
  ['5 MB NDR', sample(5_000_000)],
  ['5 MB of "5."', '5.'.repeat(2_500_000)],
  ['5 MB of digits', '5'.repeat(5_000_000)],
];
for (const [name, text] of inputs) {
  analyzeBounce(text);
  const runs = text.length > 1_000_000 ? 5 : 20;
  const times: number[] = [];
  let steps = 0;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    steps = analyzeBounce(text).steps;
    times.push(performance.now() - start);
  }
  console.log(`${name.padEnd(16)} median ${median(times).toFixed(1).padStart(7)} ms   max ${Math.max(...times).toFixed(1).padStart(7)} ms   ${(steps / text.length).toFixed(1)} steps/char`);
}
