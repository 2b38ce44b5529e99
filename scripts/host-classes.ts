/**
 * The classes of static host the build is checked under, by the end-to-end tests (playwright.config.ts)
 * and the benchmark (scripts/bench/hosts.ts). scripts/static-host.mjs says what each of the last four does.
 */
export const HOST_CLASSES = [
  { kind: 'own', label: 'own server', name: 'the project’s own server (npm start)' },
  { kind: 'vite-preview', label: 'vite preview', name: 'vite preview (fallback to /index.html, maps /a/b to /a/b.html)' },
  { kind: 'directory-redirect', label: 'directory + slash redirect', name: 'directory server that redirects to the trailing slash' },
  { kind: 'directory', label: 'directory', name: 'directory server without redirect' },
  { kind: 'clean-urls', label: 'clean URLs', name: 'clean-URL host (maps /a/b to /a/b.html)' },
  { kind: 'spa-fallback', label: 'bare /index.html fallback', name: 'bare fallback to /index.html (nginx try_files $uri /index.html)' },
] as const;

export type HostKind = (typeof HOST_CLASSES)[number]['kind'];

/** The command that serves dist/ (or OUT_DIR) as this class of host on a port, run from the project root. */
export function hostCommand(kind: HostKind, port: number): { command: string; args: string[]; env: Record<string, string> } {
  if (kind === 'own') return { command: 'node', args: ['scripts/serve.mjs'], env: { PORT: String(port) } };
  if (kind === 'vite-preview') return { command: 'node', args: ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], env: {} };
  return { command: 'node', args: ['scripts/static-host.mjs'], env: { MODE: kind, PORT: String(port) } };
}
