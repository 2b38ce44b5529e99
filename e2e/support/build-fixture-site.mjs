// Builds the site with one more guide that exists only as content files (e2e/fixtures/extra-guide), in a scratch
// copy of the project, and puts the result in dist-fixture/. It proves that a guide is added by writing data:
// nothing but files under locales/content/ differs from the real project.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const scratch = mkdtempSync(join(tmpdir(), 'ndr-fixture-site-'));
for (const entry of ['src', 'scripts', 'locales', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json']) {
  cpSync(join(root, entry), join(scratch, entry), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
cpSync(join(root, 'e2e', 'fixtures', 'extra-guide'), scratch, { recursive: true });
const run = (args) => execFileSync(process.execPath, args, { cwd: scratch, stdio: 'inherit', env: { ...process.env, OUT_DIR: 'dist', SITE_URL: 'https://ndr.example' } });
run([join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/content/build-content.ts']);
run(['scripts/build/build.mjs']);
rmSync(join(root, 'dist-fixture'), { recursive: true, force: true });
cpSync(join(scratch, 'dist'), join(root, 'dist-fixture'), { recursive: true });
rmSync(scratch, { recursive: true, force: true });
