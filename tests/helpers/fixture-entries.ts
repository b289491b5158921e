import path from 'node:path';
import type { Entry } from '../../lib/content/entry.ts';
import { loadContent } from '../../lib/content/load.ts';
import { loadReferenceData } from '../../lib/content/reference.ts';
import { FIXTURES_DIR, PROJECT_DIR } from './site-build.ts';

/** The small fixture site (tests/fixtures/site) read as the build reads it, with the project's data: entries of every kind for unit tests. */
const root = path.join(FIXTURES_DIR, 'site');
export const fixtureReference = loadReferenceData(path.join(PROJECT_DIR, 'data'));
export const fixtureEntries = loadContent(root, path.join(root, 'content'), fixtureReference).entries;

/** The fixture entry of a kind at an address, typed as that kind. */
export function fixtureEntry<K extends Entry['kind']>(kind: K, url: string): Extract<Entry, { kind: K }> {
  const found = fixtureEntries.find((entry): entry is Extract<Entry, { kind: K }> => entry.kind === kind && entry.url === url);
  if (!found) throw new Error(`no ${kind} at ${url} in the fixture site`);
  return found;
}
