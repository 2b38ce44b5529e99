/**
 * The classes of static host the benchmark serves the build under (the same ones the end-to-end tests
 * use; scripts/static-host.mjs says what each does), each on its own port from `firstPort` on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface BenchHost {
  name: string;
  kind: 'own' | 'vite-preview' | 'directory-redirect' | 'directory' | 'clean-urls' | 'spa-fallback';
  origin: string;
}

const CLASSES: Omit<BenchHost, 'origin'>[] = [
  { name: 'own server (npm start)', kind: 'own' },
  { name: 'vite preview', kind: 'vite-preview' },
  { name: 'directory, slash redirect', kind: 'directory-redirect' },
  { name: 'directory, no redirect', kind: 'directory' },
  { name: 'clean URLs', kind: 'clean-urls' },
  { name: 'bare /index.html fallback', kind: 'spa-fallback' },
];

function command(root: string, kind: BenchHost['kind'], port: number): [string, string[], NodeJS.ProcessEnv] {
  if (kind === 'own') return ['node', [join(root, 'scripts/serve.mjs')], { PORT: String(port) }];
  if (kind === 'vite-preview') return ['node', [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {}];
  return ['node', [join(root, 'scripts/static-host.mjs')], { MODE: kind, PORT: String(port) }];
}

/** Starts every host class and waits until each answers; `stop` ends them. */
export async function startHosts(root: string, firstPort: number): Promise<{ hosts: BenchHost[]; stop: () => void }> {
  const children: ChildProcess[] = [];
  const hosts = CLASSES.map((host, index) => {
    const port = firstPort + index;
    const [program, args, env] = command(root, host.kind, port);
    children.push(spawn(program, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' }));
    return { ...host, origin: `http://127.0.0.1:${port}` };
  });
  const stop = () => children.forEach((child) => child.kill());
  for (const host of hosts) {
    let up = false;
    for (let attempt = 0; attempt < 100 && !up; attempt += 1) {
      try {
        up = (await fetch(`${host.origin}/en/`)).ok;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    if (!up) {
      stop();
      throw new Error(`${host.name} did not start on ${host.origin}`);
    }
  }
  return { hosts, stop };
}
