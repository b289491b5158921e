import type UserConfig from '@11ty/eleventy/UserConfig';
import { districtsOf, unitOf } from '../collections/site-content.ts';
import { coverage } from '../report/coverage.ts';
import { buildResultsReport, reportCsv, reportMarkdown, type ResultsReport } from '../report/results-report.ts';
import { urls } from '../site/urls.ts';
import { sortByVi } from '../text/collate.ts';
import type { BuildState } from './build-state.ts';

/** Coverage tables and the results report for the organisers' page /bao-cao/. */
export function reportPlugin(eleventyConfig: UserConfig, state: BuildState): void {
  eleventyConfig.addCollection('coverage', () => {
    const { reference, site } = state;
    const units = sortByVi(reference.units, (unit) => unit.name).map((unit) => ({ key: unit.id, label: unit.short, url: urls.unit(unit.id) }));
    const districts = sortByVi(reference.districts, (district) => district.name).map((district) => ({ key: district.slug, label: district.name, url: urls.district(district.slug) }));
    return {
      units: coverage(reference.activities, units, site.all, (entry) => [unitOf(entry)?.id ?? '']),
      districts: coverage(reference.activities, districts, site.all, districtsOf),
    };
  });
  eleventyConfig.addCollection('resultsReport', () => buildResultsReport(state.site, state.reference, state.settings.now));
  eleventyConfig.addFilter('reportMarkdown', (report: ResultsReport) => reportMarkdown(report));
  eleventyConfig.addFilter('reportCsv', (report: ResultsReport) => reportCsv(report));
}
