import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildSiteContent, type SiteContent } from '../collections/site-content.ts';
import { editorErrorIn } from '../issues/editor-error.ts';
import { NO_LEXICON, type Lexicon } from '../text/word-groups.ts';
import { runGate } from '../check/gate.ts';
import { checkReport } from '../check/report.ts';
import { ContentValidationError, formatIssue } from '../issues/content-issue.ts';
import type { Entry } from '../content/entry.ts';
import { CONTENT_FOLDERS, ContentFileCache } from '../content/load.ts';
import { loadReferenceData, type ReferenceData } from '../content/reference.ts';
import { filesStamp } from '../build-cache/file-stamp.ts';
import type { SiteFolders } from '../site/site-folders.ts';
import type { SiteSettings } from '../site/settings.ts';

/** Names, sizes and times of a folder's files: changes when any file does. */
function folderStamp(dir: string): string {
  return filesStamp(readdirSync(dir).sort().map((name) => path.join(dir, name)));
}

/**
 * What one build knows about the content: reference data, every valid entry
 * by source path, and the public listings. Rebuilt by the build pipeline
 * (build-pipeline.ts) at the start of each build and watch rebuild, through
 * the publishing gate. A build rejects with every error at once; a preview
 * instead keeps going with the files that have no error and holds the report
 * in `problem`, for the preview to show in place of its pages until the files
 * are fixed.
 */
export class BuildState {
  reference!: ReferenceData;
  site!: SiteContent;
  private bySource = new Map<string, Entry>();
  private generation = 0;

  constructor(
    readonly folders: SiteFolders,
    readonly settings: SiteSettings,
  ) {}

  /** This build's warnings, one line each, as the build prints them. */
  warnings: string[] = [];
  /** In a preview: the check's report while content or settings have errors (what `npm run check` prints). */
  problem: string | undefined;
  /** The compounds and names the gate checked texts with: share cards, the kit and cut titles keep them whole. */
  lexicon: Lexicon = NO_LEXICON;

  /** Parsed content files, kept between watch rebuilds while the reference data is unchanged. */
  private contentCache = new ContentFileCache();
  private referenceStamp = '';

  /**
   * Runs the publishing gate over the content (the same rules as `npm run
   * check`) and keeps what it built; rejects with the build's errors.
   */
  async refresh(): Promise<void> {
    const stamp = folderStamp(this.folders.data);
    if (stamp !== this.referenceStamp || !this.reference) {
      try {
        this.reference = loadReferenceData(this.folders.data);
      } catch (error) {
        // A preview with broken settings keeps showing the last good site's content behind the error page.
        const editorError = editorErrorIn(error);
        if (!this.settings.preview || !editorError || !this.site) throw error;
        this.problem = editorError.message;
        // Values derived from the content (cards, feeds) are made again, from the same content, as at every build.
        this.generation += 1;
        return;
      }
      this.contentCache = new ContentFileCache();
      this.referenceStamp = stamp;
    }
    const { entries, issues, site, files, lexicon } = await runGate({
      root: this.folders.root,
      contentDir: this.folders.content,
      dataDir: this.folders.data,
      reference: this.reference,
      now: this.settings.now,
      perPage: this.settings.perPage,
      preview: this.settings.preview,
      cache: this.contentCache,
    });
    this.warnings = issues.filter((issue) => issue.severity === 'warning').map((issue) => `Cảnh báo: ${formatIssue(issue)}`);
    const errors = issues.filter((issue) => issue.severity === 'error');
    let shown = entries;
    let listings = site;
    this.problem = undefined;
    if (errors.length > 0) {
      if (!this.settings.preview) throw new ContentValidationError(issues);
      this.problem = checkReport(issues, files.length);
      // The preview renders only files without an error: a title its fonts cannot draw must not reach a share card.
      const broken = new Set(errors.map((issue) => issue.file));
      shown = entries.filter((entry) => !broken.has(entry.file));
      listings = buildSiteContent(shown, this.reference, this.settings.now, this.settings.perPage, true);
    }
    this.bySource = new Map(shown.map((entry) => [entry.sourcePath, entry]));
    this.site = listings;
    this.lexicon = lexicon;
    this.generation += 1;
  }

  /** True for a Markdown file of the content folders (an entry, valid or not). */
  isContentFile(inputPath: string): boolean {
    const file = path.resolve(inputPath);
    return Object.values(CONTENT_FOLDERS).some((folder) => file.startsWith(path.join(this.folders.content, folder) + path.sep));
  }

  /**
   * A value computed from this build's content on first use and kept until the
   * next refresh (feeds, calendars, cards…): plugins share it without recomputing it.
   */
  derived<T>(compute: () => T): () => T {
    let cache: { generation: number; value: T } | undefined;
    return () => {
      if (!cache || cache.generation !== this.generation) cache = { generation: this.generation, value: compute() };
      return cache.value;
    };
  }

  /** Every valid entry of this build, shown or not. */
  entries(): Entry[] {
    return [...this.bySource.values()];
  }

  /** The entry behind a template, by Eleventy's inputPath (`./content/tin-tuc/x.md`). */
  entryFor(inputPath: string): Entry | undefined {
    return this.bySource.get(path.resolve(inputPath));
  }
}
