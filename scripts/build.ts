// npm run build [-- --output=DIR] : the site for publishing in _site/ (or DIR), after the publishing gate; never a preview.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildWithEleventy } from '../lib/eleventy/run-eleventy.ts';

const { values } = parseArgs({ options: { output: { type: 'string', default: '_site' } } });
// Each production build starts clean: no stale pages from deleted or unpublished content.
rmSync(values.output, { recursive: true, force: true });
// Set in Node, not in the npm script, so the command is the same on Windows.
delete process.env.PREVIEW;
process.exitCode = await buildWithEleventy({ output: values.output });
