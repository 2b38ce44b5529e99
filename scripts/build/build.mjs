// `npm run build`: client bundle, server entry, then every URL prerendered.
// BASE_PATH (sub-path), SITE_URL (absolute links) and OUT_DIR (default dist) are read from the environment.
import { execSync } from 'node:child_process';

const outDir = process.env.OUT_DIR || 'dist';
const ssrOutDir = `${outDir}-ssr`;
const run = (command) => execSync(command, { stdio: 'inherit', env: { ...process.env, OUT_DIR: outDir } });

run(`npx vite build --outDir ${outDir} --emptyOutDir`);
run(`npx vite build --ssr src/app/render-page.tsx --outDir ${ssrOutDir} --emptyOutDir`);
run('npx tsx scripts/build/prerender.ts');
