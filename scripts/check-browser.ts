// Before the end-to-end tests: make sure there is a Chromium to run them in, and say how to get one if not.
import { existsSync } from 'node:fs';
import { chromiumPath } from './browser';

const path = chromiumPath();
if (!path || !existsSync(path)) {
  console.error(
    [
      path ? `CHROMIUM_PATH points at ${path}, which does not exist.` : 'No Chromium found for the end-to-end tests.',
      'Either:',
      '  - Debian/Ubuntu: sudo apt-get install chromium   (used from /usr/bin/chromium)',
      '  - any OS:        npx playwright install chromium',
      '  - or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
