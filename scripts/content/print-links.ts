/** `npm run links`: every link the guides can show, with the evidence that it points to the right, current page. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkEvidence } from './link-evidence';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const links = linkEvidence(root);
for (const link of links) {
  console.log(`${link.id}\n  ${link.url}`);
  for (const line of link.evidence) console.log(`  evidence: ${line}`);
  if (!link.evidence.length) console.log('  evidence: NONE');
}
const missing = links.filter((link) => !link.evidence.length);
console.log(`\n${links.length} links, ${missing.length} without evidence${missing.length ? `: ${missing.map((link) => link.id).join(', ')}` : ''}.`);
process.exit(missing.length ? 1 : 0);
