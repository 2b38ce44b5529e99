import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/browser';
import { HOST_CLASSES, hostCommand } from './scripts/host-classes';

const port = Number(process.env.E2E_PORT) || 4321;
export const devServerURL = `http://127.0.0.1:${port + 1}`;
export const subPathURL = `http://127.0.0.1:${port + 2}`;
export const fixtureSiteURL = `http://127.0.0.1:${port + 9}`;

/** The same build under other classes of static host: every URL, exactly as shared, must open its own page on each. */
export const HOSTS = HOST_CLASSES.filter((host) => host.kind !== 'own').map((host, index) => ({ ...host, url: `http://127.0.0.1:${port + 3 + index}` }));
const hostServers = HOSTS.map((host) => {
  const { command, args, env } = hostCommand(host.kind, Number(new URL(host.url).port));
  return { command: [command, ...args].join(' '), env, url: `${host.url}/en/`, reuseExistingServer: false, timeout: 30_000 };
});

/** How every test's browser is launched (a spec that needs one more launch option starts from these). */
export const launchOptions = { executablePath: chromiumPath(), args: CHROMIUM_FLAGS };

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/playwright',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions,
  },
  webServer: [
    {
      command: 'node scripts/serve.mjs',
      env: { PORT: String(port) },
      url: `http://127.0.0.1:${port}/en/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The same site built for a sub-path, as a deploy under /ndr-wizard/ would be.
      command: `node scripts/build/build.mjs && node scripts/serve.mjs`,
      env: { PORT: String(port + 2), BASE_PATH: '/ndr-wizard/', OUT_DIR: 'dist-subpath' },
      url: `http://127.0.0.1:${port + 2}/ndr-wizard/en/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The site built with one more guide that exists only as content files (e2e/fixtures/extra-guide).
      command: `node e2e/support/build-fixture-site.mjs && node scripts/serve.mjs`,
      env: { PORT: String(port + 9), OUT_DIR: 'dist-fixture' },
      url: `http://127.0.0.1:${port + 9}/en/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      // The dev server too must serve every URL, dots in the code segment included.
      command: `npx vite --port ${port + 1} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port + 1}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    ...hostServers,
  ],
});
