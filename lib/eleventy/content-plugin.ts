import type UserConfig from '@11ty/eleventy/UserConfig';
import { entrySummary, entryTitle, listingDate } from '../content/entry.ts';
import { parseFrontMatterYaml } from '../content/front-matter.ts';
import { isShown } from '../content/visibility.ts';
import type { BuildState } from './build-state.ts';

/**
 * Content in, pages out: with the content the build pipeline has checked
 * (BuildState), hides drafts and embargoed entries, hands each template its
 * typed `entry`, and exposes the listings as collections.
 */
export function contentPlugin(eleventyConfig: UserConfig, state: BuildState): void {
  // An entry's front matter was read and checked once, by state.refresh; its page gets it as `entry` (below).
  // Other templates' YAML follows the checker's rules: dates stay text and are read as Vietnam time.
  // A content file with errors (a preview renders around it) is not read again: its YAML may be what is wrong.
  const frontMatter = (yamlText: string, options: { filePath: string }) =>
    state.entryFor(options.filePath) || state.isContentFile(options.filePath) ? {} : parseFrontMatterYaml(yamlText);
  eleventyConfig.setFrontMatterParsingOptions({ engines: { yaml: frontMatter } });
  eleventyConfig.addWatchTarget(`${state.folders.data}/**`);
  // Entries get their data from front matter and data/, never from *.11tydata files beside them:
  // Eleventy need not look for such files next to each of thousands of entries.
  eleventyConfig.setDataFileSuffixes([]);

  eleventyConfig.addPreprocessor('content-entries', 'md', (data: { page: { inputPath: string } } & Record<string, unknown>) => {
    const entry = state.entryFor(data.page.inputPath);
    if (!entry) return state.isContentFile(data.page.inputPath) ? false : undefined;
    if (!isShown(entry, state.settings.now, state.settings.preview)) return false;
    data.entry = entry;
    data.permalink = entry.url;
    data.layout = `${entry.kind}.njk`;
    // Head and social tags read these; they come from the checked, NFC entry.
    data.title = entryTitle(entry);
    data.description = entrySummary(entry);
    // The body as written: the Markdown renderer puts it in NFC and drops control characters.
    return undefined;
  });

  // An entry's page.date is its own date (publish time, event start), not its file's creation time, which Eleventy would stat for.
  eleventyConfig.addDateParsing(function (this: { page: { inputPath: string } }, value: unknown) {
    if (value) return undefined;
    const entry = state.entryFor(this.page.inputPath);
    return entry ? listingDate(entry) : undefined;
  });

  eleventyConfig.addGlobalData('site', () => state.settings);
  // Listings come from the checked content (below), not from Eleventy's own collections of pages,
  // which it would otherwise fill and match back to every page at each build.
  eleventyConfig.addGlobalData('eleventyExcludeFromCollections', true);
  eleventyConfig.addGlobalData('plan', () => state.reference.plan);
  // Province, issuer, year, names and theme: what every page says about whose campaign this is.
  eleventyConfig.addGlobalData('campaign', () => state.reference.campaign);
  // The place list's province, level and wording ("Địa phương" or "Xã, phường"); its first place names the partners' example feed.
  eleventyConfig.addGlobalData('places', () => ({ ...state.reference.places, example: state.reference.districts[0] }));

  const listings = ['stories', 'profiles', 'events', 'pages', 'all', 'storyPages', 'profilePages', 'tagPages', 'organisationPages', 'organisations', 'activityPages', 'districtPages', 'tags', 'sitemap'] as const;
  for (const name of listings) {
    eleventyConfig.addCollection(name, () => state.site[name]);
  }
}
