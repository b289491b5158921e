// npm run check [-- --json | --json=FILE] [-- --changed origin/main] : runs the publishing gate over all content without building the site.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { changedFiles, onlyChanged } from '../lib/check/changed-files.ts';
import { runCommand } from '../lib/issues/editor-error.ts';
import { checkSite } from '../lib/check/gate.ts';
import { checkJson, checkReport } from '../lib/check/report.ts';
import { loadSettings } from '../lib/site/settings.ts';
import { siteFolders } from '../lib/site/site-folders.ts';

// `--json` alone writes JSON to stdout; `--json=FILE` to a file. parseArgs cannot take an optional value: read it first.
const jsonArgument = process.argv.slice(2).find((arg) => arg === '--json' || arg.startsWith('--json='));
const { values } = parseArgs({ args: process.argv.slice(2).filter((arg) => arg !== jsonArgument), options: { changed: { type: 'string' } } });

await runCommand(async () => {
  const folders = siteFolders(process.env.SITE_ROOT ?? '.');
  const settings = loadSettings(folders.data);
  const { issues, files } = await checkSite(folders, settings);
  // With --changed REV, report only files changed since REV (plus problems that span files, such as clashes, naming them).
  const changed = values.changed ? changedFiles(folders.root, values.changed) : undefined;
  const shown = changed ? onlyChanged(issues, changed) : issues;
  const checked = changed ? [...changed].filter((file) => file.startsWith('content/') && file.endsWith('.md')).length : files.length;
  if (jsonArgument?.startsWith('--json=')) {
    writeFileSync(jsonArgument.slice('--json='.length), `${checkJson(shown, checked)}\n`);
    console.log(checkReport(shown, checked));
  } else {
    console.log(jsonArgument ? checkJson(shown, checked) : checkReport(shown, checked));
  }
  return shown.some((issue) => issue.severity === 'error') ? 1 : 0;
});
