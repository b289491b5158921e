import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ELEVENTY = path.resolve('lib/eleventy');
const source = (file: string) => readFileSync(path.join(ELEVENTY, file), 'utf8');
const modules = readdirSync(ELEVENTY).filter((file) => file.endsWith('.ts'));

describe('the build pipeline', () => {
  it('is the only code that runs before Eleventy renders: plugins register, they do not prepare', () => {
    const before = modules.filter((file) => /['"]eleventy\.before['"]/.test(source(file)));
    expect(before).toEqual(['build-pipeline.ts']);
  });

  it('awaits its steps in order: content, photos, share cards, then the search index', () => {
    const run = source('build-pipeline.ts');
    const steps = ['this.content.refresh()', 'this.pictures.prepare(', 'this.shareCards.prepare(', 'this.searchIndex.start('].map((step) => run.indexOf(step));
    expect(steps.every((position) => position > 0)).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });

  it('leaves no plugin waiting on another one (no state.loaded, no whenLoaded)', () => {
    const waiting = modules.filter((file) => /\bwhenLoaded\b|\bstate\.loaded\b/.test(source(file)));
    expect(waiting).toEqual([]);
  });
});
