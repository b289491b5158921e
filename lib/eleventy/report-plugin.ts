import type UserConfig from '@11ty/eleventy/UserConfig';
import { coverageTables } from '../report/coverage.ts';
import { buildResultsReport } from '../report/results-report.ts';
import type { BuildState } from './build-state.ts';

/** Coverage tables and the results report for the organisers' page /bao-cao/. */
export function reportPlugin(eleventyConfig: UserConfig, state: BuildState): void {
  eleventyConfig.addCollection('coverage', () => coverageTables(state.reference, state.site.all));
  eleventyConfig.addCollection('resultsReport', () => buildResultsReport(state.site, state.reference, state.settings.now));
}
