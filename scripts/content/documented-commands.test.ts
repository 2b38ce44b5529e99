import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/domain/guides';
import { LANGUAGES, LANGUAGE_INFO } from '../../src/domain/languages';

/*
 * A command is never invented or guessed: every cmdlet and every parameter in the guides' command blocks must
 * appear in a command line that Microsoft documents (locales/sources/documented-commands.json, each with its source).
 */
const locales = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');
const registry = JSON.parse(readFileSync(join(locales, 'sources', 'documented-commands.json'), 'utf8')) as {
  commands: { command: string; source: string }[];
  switches: { cmdlets: Record<string, { parameters: string[]; source: string }> };
};
const documented = registry.commands;
const switches = registry.switches.cmdlets;
const sources = (JSON.parse(readFileSync(join(locales, 'content', 'sources.json'), 'utf8')) as { sources: Record<string, unknown> }).sources;

/** The cmdlets of a command line (each side of a pipe) with the parameters given to each. */
export function cmdletsOf(line: string): { cmdlet: string; parameters: string[] }[] {
  return line.split('|').flatMap((segment) => {
    const match = /\b([A-Z][a-z]+-[A-Za-z0-9]+)\b/.exec(segment);
    if (!match) return [];
    const rest = segment.slice(match.index + match[0].length).replace(/"[^"]*"|'[^']*'/g, '""');
    return [{ cmdlet: match[1], parameters: [...rest.matchAll(/(?<![\w$-])-([A-Za-z][A-Za-z0-9]*)/g)].map((found) => found[1]) }];
  });
}

/**
 * The switches of a command line given a value as a separate word: `-AccountEnabled $false` sets the switch and leaves
 * `$false` as a positional argument, which a cmdlet with named parameters only refuses (Microsoft's compromised-account
 * article prints it that way). The value of a switch goes after a colon: `-AccountEnabled:$false`.
 */
export function switchesGivenSeparateValues(line: string, switchesOf: (cmdlet: string) => string[]): string[] {
  return line.split('|').flatMap((segment) => {
    const cmdlet = /\b([A-Z][a-z]+-[A-Za-z0-9]+)\b/.exec(segment)?.[1];
    if (!cmdlet) return [];
    return switchesOf(cmdlet).filter((name) => new RegExp(`(?<![\\w$-])-${name}\\s+[^-\\s]`, 'i').test(segment)).map((name) => `${cmdlet} -${name}`);
  });
}

const allowed = new Map<string, Set<string>>();
for (const { command } of documented) {
  for (const { cmdlet, parameters } of cmdletsOf(command)) {
    const known = allowed.get(cmdlet) ?? new Set<string>();
    parameters.forEach((parameter) => known.add(parameter));
    allowed.set(cmdlet, known);
  }
}

function commandLines(fileKey: string): { where: string; line: string }[] {
  const dir = join(locales, 'generated', fileKey);
  return readdirSync(dir)
    .filter((file) => file.startsWith('step-') || file.startsWith('guide-'))
    .flatMap((file) => {
      const catalog = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { blocks: Record<string, Block> };
      return Object.entries(catalog.blocks).flatMap(([id, block]) =>
        block.content.flatMap((flow) => (flow.type === 'code' ? flow.value.split('\n').filter((line) => line.trim()).map((line) => ({ where: `${file} ${id}`, line })) : [])),
      );
    });
}

describe('reading a command line', () => {
  it('finds each cmdlet of a pipeline with its parameters, not the values', () => {
    expect(cmdletsOf('Get-InboxRule -Mailbox <Identity> -IncludeHidden | Format-List Name,Enabled,RedirectTo')).toEqual([
      { cmdlet: 'Get-InboxRule', parameters: ['Mailbox', 'IncludeHidden'] },
      { cmdlet: 'Format-List', parameters: [] },
    ]);
    expect(cmdletsOf('Search-UnifiedAuditLog -Operations "New-InboundConnector","Set-InboundConnector"')).toEqual([{ cmdlet: 'Search-UnifiedAuditLog', parameters: ['Operations'] }]);
  });
});

describe('a switch parameter', () => {
  const switchesOf = (cmdlet: string) => (cmdlet === 'Update-MgUser' ? ['AccountEnabled'] : []);
  it('is found given a value as a separate word, not after a colon or on its own', () => {
    expect(switchesGivenSeparateValues('Update-MgUser -UserId $user.Id -AccountEnabled $false', switchesOf)).toEqual(['Update-MgUser -AccountEnabled']);
    expect(switchesGivenSeparateValues('Update-MgUser -UserId <UPN> -AccountEnabled:$false', switchesOf)).toEqual([]);
    expect(switchesGivenSeparateValues('Update-MgUser -AccountEnabled -UserId <UPN>', switchesOf)).toEqual([]);
    expect(switchesGivenSeparateValues('Get-Thing -AccountEnabled $false', switchesOf)).toEqual([]);
  });
});

describe('documented commands', () => {
  it('each names its source', () => {
    for (const { command, source } of documented) expect(Object.hasOwn(sources, source), `${command}: ${source}`).toBe(true);
  });

  it.each(LANGUAGES.map((lang) => [lang]))('%s: every cmdlet and parameter in the guides is documented', (lang) => {
    const lines = commandLines(LANGUAGE_INFO[lang].fileKey);
    expect(lines.length).toBeGreaterThan(20);
    const unknown = lines.flatMap(({ where, line }) =>
      cmdletsOf(line).flatMap(({ cmdlet, parameters }) =>
        !allowed.has(cmdlet) ? [`${where}: ${cmdlet}`] : parameters.filter((parameter) => !allowed.get(cmdlet)!.has(parameter)).map((parameter) => `${where}: ${cmdlet} -${parameter}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('each switch is one of its cmdlet page and names its source', () => {
    for (const [cmdlet, { parameters, source }] of Object.entries(switches)) {
      expect(Object.hasOwn(sources, source), `${cmdlet}: ${source}`).toBe(true);
      for (const parameter of parameters) expect(allowed.get(cmdlet)?.has(parameter), `${cmdlet} -${parameter}`).toBe(true);
    }
  });

  it.each(LANGUAGES.map((lang) => [lang]))('%s: no switch in the guides is given its value as a separate word', (lang) => {
    const wrong = commandLines(LANGUAGE_INFO[lang].fileKey).flatMap(({ where, line }) =>
      switchesGivenSeparateValues(line, (cmdlet) => switches[cmdlet]?.parameters ?? []).map((found) => `${where}: ${found}`),
    );
    expect(wrong).toEqual([]);
  });
});
