import type { Plugin } from 'vite';

/**
 * Keeps everything the app's script imports statically in that one script. Left to itself, the bundler moves
 * modules shared by the app and its parts loaded on demand into separate common chunks (several small files
 * that compress worse than one: about 3 kB more in every first view), as soon as there are a few such parts.
 * The plugin records the static imports of each module as the bundler parses it; `inEntry` then tells whether
 * a module is reachable from the app's entry by static imports alone, for a `codeSplitting` group.
 */
export function entryChunk(entry: RegExp): { plugin: Plugin; inEntry: (id: string) => boolean } {
  const imports = new Map<string, readonly string[]>();
  let reachable: Set<string> | undefined;
  const plugin: Plugin = {
    name: 'entry-chunk',
    apply: 'build',
    buildStart() {
      imports.clear();
      reachable = undefined;
    },
    moduleParsed(info) {
      imports.set(info.id, info.importedIds);
    },
  };
  const inEntry = (id: string) => {
    if (!reachable) {
      reachable = new Set();
      const stack = [...imports.keys()].filter((candidate) => entry.test(candidate.replace(/\\/g, '/')));
      while (stack.length) {
        const next = stack.pop()!;
        if (reachable.has(next)) continue;
        reachable.add(next);
        stack.push(...(imports.get(next) ?? []));
      }
    }
    return reachable.has(id);
  };
  return { plugin, inEntry };
}
