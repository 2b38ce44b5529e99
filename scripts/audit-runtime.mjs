// `npm run audit`: npm audit of the runtime dependencies, failing on a high or critical finding.
// Where the registry's audit service cannot be reached, it says so instead of pretending the check passed.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}
if (!report?.metadata?.vulnerabilities) {
  console.error('npm audit could not be completed (the registry audit service did not answer):');
  console.error((run.stderr || run.stdout).trim().split('\n').slice(-3).join('\n'));
  process.exit(2);
}
const { high = 0, critical = 0, moderate = 0, low = 0 } = report.metadata.vulnerabilities;
console.log(`runtime dependencies: ${critical} critical, ${high} high, ${moderate} moderate, ${low} low`);
process.exit(high + critical > 0 ? 1 : 0);
