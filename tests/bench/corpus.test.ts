import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../lib/bench/corpus.ts';
import { loadContent } from '../../lib/content/load.ts';
import { loadReferenceData } from '../../lib/content/reference.ts';

const PROJECT_DIR = path.resolve(import.meta.dirname, '../..');

function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(path.join(dir, 'content'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).sort();
  return Object.fromEntries(files.map((name) => [name, readFileSync(path.join(dir, 'content', name), 'utf8')]));
}

describe('benchmark corpus', () => {
  it('writes valid content, in proportion, the same for the same seed', () => {
    const first = mkdtempSync(path.join(tmpdir(), 'corpus-'));
    const second = mkdtempSync(path.join(tmpdir(), 'corpus-'));
    expect(generateCorpus({ projectDir: PROJECT_DIR, outDir: first, stories: 40, seed: 7 })).toEqual({ stories: 40, profiles: 2, events: 2 });
    generateCorpus({ projectDir: PROJECT_DIR, outDir: second, stories: 40, seed: 7 });
    expect(snapshot(second)).toEqual(snapshot(first));

    const reference = loadReferenceData(path.join(first, 'data'));
    const { entries, issues } = loadContent(first, path.join(first, 'content'), reference);
    expect(issues).toEqual([]);
    expect(entries.filter((entry) => entry.kind === 'story')).toHaveLength(40);
    const text = Object.values(snapshot(first)).join('\n');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toMatch(/học tập/);
  });
});
