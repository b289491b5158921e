// npm run check [-- --json] [-- --changed origin/main] : checks all content without building the site.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/check/check-content.ts';
import { checkJson, checkReport } from '../lib/check/report.ts';
import { contentFiles } from '../lib/content/load.ts';
import { loadReferenceData } from '../lib/content/reference.ts';
import { loadSettings } from '../lib/site/settings.ts';
import { siteFolders } from '../lib/site/site-folders.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, changed: { type: 'string' } } });
const folders = siteFolders(process.env.SITE_ROOT ?? '.');
const settings = loadSettings(folders.data);
const { issues } = checkContent({ root: folders.root, contentDir: folders.content, reference: loadReferenceData(folders.data), now: settings.now, perPage: settings.perPage });

// With --changed REV, report only files changed since REV (plus problems that span files, such as clashes, naming them).
let shown = issues;
let checked = contentFiles(folders.content).length;
if (values.changed) {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: folders.root, encoding: 'utf8' });
  const changed = new Set(
    `${git('diff', '--name-only', '--relative', values.changed, '--', '.')}\n${git('ls-files', '--others', '--exclude-standard')}`
      .split('\n')
      .filter(Boolean)
      .map((file) => path.normalize(file).split(path.sep).join('/')),
  );
  shown = issues.filter((issue) => changed.has(issue.file) || (issue.hint ?? '').split(' ').some((word) => changed.has(word)));
  checked = [...changed].filter((file) => file.startsWith('content/') && file.endsWith('.md')).length;
}
console.log(values.json ? checkJson(shown, checked) : checkReport(shown, checked));
process.exitCode = shown.some((issue) => issue.severity === 'error') ? 1 : 0;
