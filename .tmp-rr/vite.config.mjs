import { defineConfig } from 'vite';
export default defineConfig({
  resolve: { alias: [{ find: /^react-router$/, replacement: '/work/main/node_modules/react-router/dist/production/index.mjs' }] },
  build: { lib: { entry: process.env.ENTRY, formats: ['es'], fileName: 'out' }, outDir: '/tmp/rr/out-' + process.env.NAME, rollupOptions: { external: ['react', 'react-dom'] }, minify: true },
  logLevel: 'error',
});
