import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { preloadLanguage } from './scripts/build/preload-language.ts';
import { securityPolicy } from './scripts/build/security-policy.ts';
import { staticShellText } from './scripts/build/static-shell-text.ts';

// BASE_PATH lets the same build run from a sub-path such as /ndr-wizard/.
const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/|\/$/g, '')}/`.replace('//', '/') : '/';

export default defineConfig({
  base,
  resolve: {
    alias: { 'use-sync-external-store/shim': fileURLToPath(new URL('./src/components/sync-external-store.ts', import.meta.url)) },
  },
  plugins: [react(), staticShellText(), preloadLanguage(), securityPolicy()],
  build: {
    target: 'es2022',
    // Let the language switcher measure real chunks: no inlining of the small catalogs.
    assetsInlineLimit: 0,
    // The prerender step reads which chunk holds each language's catalog.
    manifest: true,
  },
});
