import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { SiteContent } from '../collections/site-content.ts';
import { runGate } from '../check/gate.ts';
import { ContentValidationError, formatIssue } from '../content/issues.ts';
import { ContentFileCache, type Entry } from '../content/load.ts';
import { loadReferenceData, type ReferenceData } from '../content/reference.ts';
import { filesStamp } from './file-stamp.ts';
import type { SiteSettings } from './settings.ts';

export interface SiteFolders {
  /** Folder holding content/ and data/. */
  root: string;
  content: string;
  data: string;
}

/** Names, sizes and times of a folder's files: changes when any file does. */
function folderStamp(dir: string): string {
  return filesStamp(readdirSync(dir).sort().map((name) => path.join(dir, name)));
}

/**
 * What one build knows about the content: reference data, every valid entry
 * by source path, and the public listings. Rebuilt at the start of each build
 * (and each watch rebuild); throws with all content errors at once.
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

  /** True once this build's content has loaded without errors. */
  loaded = false;

  /** Parsed content files, kept between watch rebuilds while the reference data is unchanged. */
  private contentCache = new ContentFileCache();
  private referenceStamp = '';

  private loading: Promise<void> = Promise.resolve();

  /**
   * Runs the publishing gate over the content (the same rules as `npm run
   * check`) and keeps what it built; rejects with every error at once. Other
   * plugins wait for it through `whenLoaded`.
   */
  refresh(log: (line: string) => void = console.warn): Promise<void> {
    this.loaded = false;
    this.loading = this.load(log);
    return this.loading;
  }

  /** Settles when the latest refresh has: true when the content loaded without errors. */
  whenLoaded(): Promise<boolean> {
    return this.loading.then(
      () => this.loaded,
      () => false,
    );
  }

  private async load(log: (line: string) => void): Promise<void> {
    const stamp = folderStamp(this.folders.data);
    if (stamp !== this.referenceStamp || !this.reference) {
      this.reference = loadReferenceData(this.folders.data);
      this.contentCache = new ContentFileCache();
      this.referenceStamp = stamp;
    }
    const { entries, issues, site } = await runGate({
      root: this.folders.root,
      contentDir: this.folders.content,
      dataDir: this.folders.data,
      reference: this.reference,
      now: this.settings.now,
      perPage: this.settings.perPage,
      preview: this.settings.preview,
      cache: this.contentCache,
    });
    for (const warning of issues.filter((issue) => issue.severity === 'warning')) log(`Cảnh báo: ${formatIssue(warning)}`);
    if (issues.some((issue) => issue.severity === 'error')) throw new ContentValidationError(issues);
    this.bySource = new Map(entries.map((entry) => [entry.sourcePath, entry]));
    this.site = site;
    this.generation += 1;
    this.loaded = true;
  }

  /**
   * A value computed from this build's content on first use and kept until the
   * next refresh (feeds, calendars…): plugins share it without recomputing it.
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
