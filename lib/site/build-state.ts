import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildSiteContent, type SiteContent } from '../collections/site-content.ts';
import { ContentValidationError, formatIssue } from '../content/issues.ts';
import { ContentFileCache, loadContent, type Entry } from '../content/load.ts';
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

  refresh(log: (line: string) => void = console.warn): void {
    this.loaded = false;
    const stamp = folderStamp(this.folders.data);
    if (stamp !== this.referenceStamp || !this.reference) {
      this.reference = loadReferenceData(this.folders.data);
      this.contentCache = new ContentFileCache();
      this.referenceStamp = stamp;
    }
    const { entries, issues } = loadContent(this.folders.root, this.folders.content, this.reference, this.contentCache);
    for (const warning of issues.filter((issue) => issue.severity === 'warning')) log(`Cảnh báo: ${formatIssue(warning)}`);
    if (issues.some((issue) => issue.severity === 'error')) throw new ContentValidationError(issues);
    this.bySource = new Map(entries.map((entry) => [entry.sourcePath, entry]));
    this.site = buildSiteContent(entries, this.reference, this.settings.now, this.settings.perPage, this.settings.preview);
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
