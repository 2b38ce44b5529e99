/** Serves the build under every class of static host (scripts/host-classes.ts), each on its own port. */
import { spawn, type ChildProcess } from 'node:child_process';
import { HOST_CLASSES, hostCommand, type HostKind } from '../host-classes';

export interface BenchHost {
  name: string;
  kind: HostKind;
  origin: string;
}

/** Starts every host class from `firstPort` on and waits until each answers; `stop` ends them. */
export async function startHosts(root: string, firstPort: number): Promise<{ hosts: BenchHost[]; stop: () => void }> {
  const children: ChildProcess[] = [];
  const hosts = HOST_CLASSES.map((host, index) => {
    const port = firstPort + index;
    const { command, args, env } = hostCommand(host.kind, port);
    children.push(spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' }));
    return { name: host.label, kind: host.kind, origin: `http://127.0.0.1:${port}` };
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
