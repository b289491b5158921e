import path from 'node:path';
import type { DateTime } from 'luxon';
import { dataReviewNotes, reviewNotes } from '../campaign/review-notes.ts';
import { buildSiteContent, type SiteContent } from '../collections/site-content.ts';
import type { ContentIssue } from '../issues/content-issue.ts';
import type { Entry } from '../content/entry.ts';
import { CONTENT_FOLDERS, ContentFileCache, loadContent, slugFromPath, urlFor, type ContentFile } from '../content/load.ts';
import { loadReferenceData, PLAN_FILE, type ReferenceData } from '../content/reference.ts';
import { planIssues } from '../plan/plan-issues.ts';
import { publishTime } from '../content/visibility.ts';
import { formatDateTimeVi } from '../time/vietnam-time.ts';
import { personalDataKey } from './personal-data.ts';
import { fitIssues, fontIssues, readLexicon, readSlogans } from './banner-rules.ts';
import type { Lexicon } from '../text/word-groups.ts';
import { linkIssues, linkTargets } from './link-rules.ts';
import { photoIssues } from './photo-rules.ts';
import { spellingIssues } from './spelling-rules.ts';
import { textIssues } from './text-rules.ts';

export interface GateOptions {
  /** Folder holding content/ and data/; messages name files relative to it. */
  root: string;
  contentDir: string;
  dataDir: string;
  reference: ReferenceData;
  now: DateTime;
  perPage: number;
  /** A journalist's preview: drafts and embargoed entries listed, marked. */
  preview?: boolean;
  /** Parsed files kept between watch rebuilds. */
  cache?: ContentFileCache;
  /** Where photos found decodable are remembered between runs. */
  photoCheckFile?: string;
}

export interface GateResult {
  entries: Entry[];
  /** The public listings built from the valid entries. */
  site: SiteContent;
  files: ContentFile[];
  /** Every problem of every file, in file order: errors, warnings and notes. */
  issues: ContentIssue[];
  /** The compounds and names the texts were checked with, which banners, share cards and cut titles keep whole. */
  lexicon: Lexicon;
}

/** A story or profile filed in another unit's folder. */
function folderIssue(file: ContentFile, contentDir: string, unitIds: ReadonlySet<string>): ContentIssue | undefined {
  const entry = file.entry;
  if (!entry || entry.kind === 'page') return undefined;
  const folder = path.relative(path.join(contentDir, CONTENT_FOLDERS[entry.kind]), path.dirname(file.sourcePath)).split(path.sep)[0];
  if (!folder || !unitIds.has(folder) || folder === entry.unit.id) return undefined;
  return { file: file.file, line: file.lineOf(['unit']), field: 'unit', expected: `đơn vị của thư mục (${folder})`, got: `"${entry.unit.id}"`, hint: 'chuyển tệp sang thư mục của đơn vị đăng hoặc sửa trường unit', severity: 'error' };
}

/** An entry that will appear only later: a note, so the editor knows when. */
function embargoNote(file: ContentFile, now: DateTime): ContentIssue | undefined {
  const entry = file.entry;
  const release = entry && publishTime(entry);
  if (!entry || entry.draft || !release || release <= now) return undefined;
  return { file: file.file, line: file.lineOf(['published']), field: 'published', expected: 'hẹn giờ công bố', got: formatDateTimeVi(release), hint: 'chưa xuất hiện trên trang cho đến lúc đó', severity: 'info' };
}

/**
 * The publishing gate: every rule a file must pass before the site is
 * published, run the same way by `npm run check` and by the build. Never stops
 * at the first problem: one run reports every problem of every file (schema,
 * references, photos present and decodable, links and anchors, encodings,
 * personal data, spelling of places, embargoes, the characters share cards
 * and banners can draw, gaps in the plan, notes "# KIỂM TRA: …" a new
 * campaign's editor has still to review), each with its file and line.
 */
export async function runGate(options: GateOptions): Promise<GateResult> {
  const { root, contentDir, dataDir, reference, now, perPage } = options;
  const { entries, issues: loadIssues, files } = loadContent(root, contentDir, reference, options.cache);
  const site = buildSiteContent(entries, reference, now, perPage, options.preview ?? false);
  const targets = linkTargets(files, site, now);
  const unitIds = new Set(reference.units.map((unit) => unit.id));
  const unitContacts = new Set(reference.units.flatMap((unit) => unit.contacts ?? []).map(personalDataKey));
  const { slogans, issues: sloganIssues } = readSlogans(dataDir);
  const { lexicon, issues: lexiconIssues } = readLexicon(dataDir, reference);

  const perFile = files.flatMap((file) => [
    ...textIssues(file, unitContacts),
    ...spellingIssues(file, reference),
    ...linkIssues(file, file.entry?.url ?? urlFor(file.kind, slugFromPath(file.sourcePath)), targets, now),
    ...[folderIssue(file, contentDir, unitIds), embargoNote(file, now)].filter((issue): issue is ContentIssue => Boolean(issue)),
    ...reviewNotes(file.source, file.file),
  ]);
  const photos = photoIssues(files.flatMap((file) => file.photos.map((photo) => ({ ...photo, file: file.file }))), options.photoCheckFile);
  // Characters the fonts lack are reported first: a text with one cannot be laid out to see whether it fits.
  const fonts = fontIssues(files, reference, dataDir, slogans);
  const unfit = new Set(fonts.map((issue) => `${issue.file}:${issue.line}`));
  const fits = (await fitIssues(files, reference, dataDir, slogans, lexicon)).filter((issue) => !unfit.has(`${issue.file}:${issue.line}`));
  const issues = [...loadIssues, ...perFile, ...(await photos), ...sloganIssues, ...lexiconIssues, ...fonts, ...fits, ...planIssues(reference.plan, `data/${PLAN_FILE}`), ...reference.activityNameIssues, ...reference.dataIssues, ...dataReviewNotes(dataDir)];
  return { entries, site, files, issues: sortIssues(issues, files), lexicon };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Issues by file (content files in reading order, then data files), then line. */
function sortIssues(issues: ContentIssue[], files: readonly ContentFile[]): ContentIssue[] {
  const order = new Map(files.map((file, index) => [file.file, index]));
  const rank = (issue: ContentIssue) => order.get(issue.file) ?? files.length;
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => rank(a.issue) - rank(b.issue) || a.issue.file.localeCompare(b.issue.file, 'en') || (a.issue.line ?? 0) - (b.issue.line ?? 0) || SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.index - b.index)
    .map(({ issue }) => issue);
}

/** The gate over a site's folders with its settings: what `npm run check` and `npm run new` run. */
export function checkSite(folders: { root: string; content: string; data: string }, settings: { now: DateTime; perPage: number }): Promise<GateResult> {
  return runGate({ root: folders.root, contentDir: folders.content, dataDir: folders.data, reference: loadReferenceData(folders.data), now: settings.now, perPage: settings.perPage });
}
