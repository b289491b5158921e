import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import config from '../../.htmlvalidate.mjs';

// The project's own rules (.htmlvalidate.mjs), not a search from the built page's folder, which lies outside the project.
const validator = new HtmlValidate(config);

/** What html-validate finds in one page, one line a problem: `name:line:column rule: message`. */
export async function htmlProblemsIn(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) => result.messages).map(({ line, column, ruleId, message }) => `${name}:${line}:${column} ${ruleId}: ${message}`);
}

/** What html-validate finds on the given pages of a built site (paths relative to it). */
export async function htmlProblems(siteDir: string, pages: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const page of pages) problems.push(...(await htmlProblemsIn(readFileSync(path.join(siteDir, page), 'utf8'), page)));
  return problems;
}
