// Before the end-to-end tests: make sure a Chromium is there, and say how to get one if not.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
let bundled;
try {
  bundled = chromium.executablePath();
} catch {
  bundled = undefined;
}
if (!candidates.some((path) => existsSync(path)) && !(bundled && existsSync(bundled))) {
  console.error(
    [
      'No Chromium found for the end-to-end tests. Either:',
      '  - Debian/Ubuntu: sudo apt-get install chromium   (used from /usr/bin/chromium)',
      '  - any OS:        npx playwright install chromium',
      '  - or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
