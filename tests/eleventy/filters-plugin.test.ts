import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../helpers/site-build.ts';

const PLUGINS_DIR = path.join(PROJECT_DIR, 'lib/eleventy');

/** Names of the filters each plugin file registers, as written in its source. */
function filtersByFile(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of readdirSync(PLUGINS_DIR).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(path.join(PLUGINS_DIR, file), 'utf8');
    const names = [...source.matchAll(/add(?:Nunjucks|Async)?Filter\('(\w+)'/g)].map((match) => match[1]!);
    if (names.length) found.set(file, names);
  }
  return found;
}

describe('filter registration', () => {
  it('registers generic filters in filters-plugin only; elsewhere just those reading what that plugin prepares', () => {
    const elsewhere = Object.fromEntries([...filtersByFile()].filter(([file]) => file !== 'filters-plugin.ts'));
    expect(elsewhere).toEqual({
      'banners-plugin.ts': ['shareImage'],
      'calendar-plugin.ts': ['calendarFor'],
      'cards-plugin.ts': ['card'],
      'images-plugin.ts': ['picture'],
      'seo-plugin.ts': ['sharePhoto', 'jsonLd', 'feedLinks'],
    });
  });

  it('lists the filters registered as an object in filters-plugin, none twice', () => {
    const source = readFileSync(path.join(PLUGINS_DIR, 'filters-plugin.ts'), 'utf8');
    const names = [...source.matchAll(/^ {4}(\w+): /gm)].map((match) => match[1]!);
    for (const name of ['numberVi', 'fileSizeVi', 'formatSlug', 'mapUrl', 'googleCalendarUrl', 'reportMarkdown', 'reportCsv', 'previewState', 'recentStories', 'entryTitle', 'timeSpanVi', 'paragraphs']) {
      expect(names).toContain(name);
    }
    expect(new Set(names).size).toBe(names.length);
  });
});
