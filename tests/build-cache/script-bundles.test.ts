import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledScripts } from '../../lib/build-cache/script-bundles.ts';

function sources(greeting: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'js-'));
  writeFileSync(path.join(dir, 'words.js'), `export const greeting = ${JSON.stringify(greeting)};\n`);
  writeFileSync(path.join(dir, 'main.js'), `import { greeting } from './words.js';\nconst pagefind = await import('/pagefind/pagefind.js');\ndocument.title = greeting + pagefind;\n`);
  return dir;
}

describe('bundled browser scripts, cached by content', () => {
  it('bundles an entry with what it imports, keeps Pagefind external, and reuses the bundle while the sources are unchanged', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'js-cache-'));
    const dir = sources('Xin chao');
    const first = await bundledScripts(dir, ['main.js'], cache);
    const code = readFileSync(first['main.js']!, 'utf8');
    expect(code).toContain('Xin chao');
    expect(code).not.toContain('./words.js');
    expect(code).toContain('/pagefind/pagefind.js');

    const written = statSync(first['main.js']!).mtimeMs;
    const again = await bundledScripts(dir, ['main.js'], cache);
    expect(again).toEqual(first);
    expect(statSync(again['main.js']!).mtimeMs).toBe(written);

    writeFileSync(path.join(dir, 'words.js'), 'export const greeting = "Hoc tap suot doi";\n');
    const edited = await bundledScripts(dir, ['main.js'], cache);
    expect(edited['main.js']).not.toBe(first['main.js']);
    expect(readFileSync(edited['main.js']!, 'utf8')).toContain('Hoc tap suot doi');
  });
});
