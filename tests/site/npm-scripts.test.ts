import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PROJECT_DIR = path.resolve(import.meta.dirname, '../..');
const scripts = (JSON.parse(readFileSync(path.join(PROJECT_DIR, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/**
 * What a POSIX shell understands and Windows' cmd.exe (npm's default shell
 * there) does not: settings go through Node (a launcher in scripts/), files are
 * removed and copied by Node, never by shell commands.
 */
const SHELL_ONLY: [string, RegExp][] = [
  ['VAR=value before a command', /(^|[\s;&|(])[A-Za-z_][A-Za-z0-9_]*=\S*\s+\S/],
  ['$VAR or ${VAR}', /\$\{?[A-Za-z_]/],
  ['$(…) or `…`', /\$\(|`/],
  ['single quotes (cmd.exe keeps them as text)', /'/],
  ['; between commands', /;/],
  ['a POSIX-only command', /(^|[\s&|])(rm|cp|mv|mkdir|export|cat|grep|sed|test|true|ls|chmod|ln|touch)(\s|$)/],
  ['a redirection to /dev/null', /\/dev\/null/],
];

describe('npm scripts run the same on Windows, macOS and Linux', () => {
  it.each(Object.entries(scripts))('%s uses no shell-only syntax', (_name, command) => {
    const found = SHELL_ONLY.filter(([, pattern]) => pattern.test(command)).map(([what]) => what);
    expect(found, command).toEqual([]);
  });

  it('the rule finds the syntax a journalist on Windows would trip on', () => {
    for (const command of ['PREVIEW=1 node x.js', 'node scripts/clean.mjs _site && PREVIEW= node x', 'rm -rf _site && node x', "node -e 'x'", 'echo $HOME']) {
      expect(SHELL_ONLY.some(([, pattern]) => pattern.test(command)), command).toBe(true);
    }
  });
});
