// npm start [-- --port 8080] : a preview of the site (drafts and embargoed entries shown, marked) at http://localhost:8080, rebuilt on every save.
import { parseArgs } from 'node:util';
import { previewWithEleventy } from '../lib/eleventy/run-eleventy.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' } } });
// Set in Node, not in the npm script, so the command is the same on Windows.
process.env.PREVIEW = '1';
process.exit(await previewWithEleventy({ port: Number(values.port) }));
