import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { catalogVersion } from './scripts/build/catalog-version.ts';
import { entryChunk } from './scripts/build/entry-chunk.ts';
import { staticShellText } from './scripts/build/static-shell-text.ts';

// BASE_PATH lets the same build run from a sub-path such as /ndr-wizard/.
const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/|\/$/g, '')}/`.replace('//', '/') : '/';

// React Router's package exports only its development build (warning messages and all);
// the production build beside it is the same code without them.
const reactRouterProduction = fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url));

const app = entryChunk(/\/index\.html($|\?)/);

export default defineConfig(({ command }) => ({
  base,
  resolve: command === 'build' ? { alias: [{ find: /^react-router$/, replacement: reactRouterProduction }] } : {},
  // The build's pages are composed by scripts/build/prerender.ts; index.html serves the dev server.
  plugins: [react(), staticShellText(), app.plugin],
  define: {
    // Page catalogs: the dev server serves the generated files; a build copies them under a versioned path.
    __CATALOG_BASE__: JSON.stringify(command === 'build' ? `${base}catalogs/${catalogVersion(process.cwd())}/` : `${base}locales/generated/`),
  },
  build: {
    target: 'es2022',
    // Let the language switcher measure real chunks: no inlining of the small catalogs.
    assetsInlineLimit: 0,
    // The prerender step reads which chunk holds each language's catalog.
    manifest: true,
    // Every browser the app supports knows <link rel="modulepreload"> (Safari since 17); one that does not only
    // loads the preloaded chunks a little later. Not shipping the polyfill keeps it out of every first view.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // The app's script is one file: what it imports statically stays in it (scripts/build/entry-chunk.ts).
        codeSplitting: { groups: [{ name: 'app', test: app.inEntry }] },
        // Language files are named for their language ("ja-guide-5.7.705-<hash>.js"), so the network panel
        // (and the tests) can tell which language a request is for.
        chunkFileNames: (chunk) => {
          const match = /locales\/(?:generated\/)?([^/]+)\/([^/]+)\.json$/.exec(chunk.facadeModuleId?.replace(/\\/g, '/') ?? '');
          return match ? `assets/${match[1]}-${match[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
}));
