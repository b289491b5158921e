import type UserConfig from '@11ty/eleventy/UserConfig';
import { logStage, timeStage } from '../build-cache/timing.ts';
import { leadPhoto, photosOf } from '../content/entry.ts';
import { PictureLibrary } from '../images/pictures.ts';
import { siteFolders, type SiteFolders } from '../site/site-folders.ts';
import { loadSettings, type SiteSettings } from '../site/settings.ts';
import { BuildState } from './build-state.ts';
import { SearchIndexJob } from './search-index-job.ts';
import { ShareCards, type ShareCardsOptions } from './share-cards.ts';

/**
 * Prints a build's warnings and, in a preview, the report of its errors, each
 * only when it differs from what the previous rebuild printed: a preview
 * rebuilding on every save does not repeat the same block.
 */
function reportOnce(): (warnings: readonly string[], problem: string | undefined) => void {
  let lastWarnings = '';
  let lastProblem: string | undefined;
  return (warnings, problem) => {
    const text = warnings.join('\n');
    if (text && text !== lastWarnings) console.warn(text);
    lastWarnings = text;
    if (problem && problem !== lastProblem) console.error(`\nBản xem trước tạm dừng: nội dung có lỗi (trình duyệt hiện trang báo lỗi này cho đến khi sửa xong).\n${problem}\n`);
    else if (!problem && lastProblem) console.log('Đã sửa hết lỗi: bản xem trước hiện lại trang tin.');
    lastProblem = problem;
  };
}

/** What the pipeline reads from Eleventy's `eleventy.before` event. */
export interface BeforeBuild {
  directories: { output: string };
  runMode: string;
}

/**
 * The build's steps before Eleventy renders a page, awaited one after the
 * other at the start of every build and every watch rebuild:
 *
 * 1. settings: read once, when the config loads (Eleventy's path prefix and folders come from them);
 * 2. content: the publishing gate checks every file and builds the listings (BuildState);
 * 3. photos: every photo the content uses, encoded or found in .cache/img;
 * 4. share cards: the banner kit and each entry's card, drawn or found in .cache/banners;
 * 5. search index: started (a build writes it while Eleventy renders; a preview after its pages).
 *
 * A step that fails ends the build with its error; nothing after it runs.
 * The plugins get what these steps made (`content`, `pictures`, `shareCards`,
 * `searchIndex`) and only register filters, collections, virtual pages and
 * after-build writers that read it: none depends on the order plugins are
 * added in.
 */
export class BuildPipeline {
  readonly folders: SiteFolders;
  readonly settings: SiteSettings;
  readonly content: BuildState;
  readonly pictures = new PictureLibrary();
  readonly shareCards: ShareCards;
  readonly searchIndex = new SearchIndexJob();
  private readonly report = reportOnce();
  private startedAt = 0;

  /** The pipeline of the site in `root` (content/ and data/), with its settings read. */
  constructor(root: string, options: { shareCards?: ShareCardsOptions } = {}) {
    this.folders = siteFolders(root);
    this.settings = loadSettings(this.folders.data);
    this.content = new BuildState(this.folders, this.settings);
    this.shareCards = new ShareCards(options.shareCards);
  }

  /** Runs steps 2 to 5 in order; resolves when Eleventy may render. */
  async run({ directories, runMode }: BeforeBuild): Promise<void> {
    this.startedAt = performance.now();
    // Until this build's content has loaded, there is no index to write and no card shown yet.
    this.searchIndex.begin();
    this.shareCards.begin();

    try {
      await timeStage('đọc và kiểm tra nội dung', () => this.content.refresh());
    } finally {
      this.report(this.content.warnings, this.content.problem);
    }

    const entries = this.content.entries();
    const leadPhotos = entries.flatMap((entry) => leadPhoto(entry)?.path ?? []);
    await timeStage('mã hóa ảnh (hoặc lấy từ bộ nhớ đệm)', () => this.pictures.prepare(entries.flatMap(photosOf), leadPhotos));

    await this.shareCards.prepare(this.content);

    this.searchIndex.start(this.content, this.pictures, directories.output, runMode);
  }

  /** Time from the start of the steps to the last page written (TUAN_LE_TIMINGS=1). */
  logBuildTime(): void {
    logStage('đọc nội dung và dựng trang (gồm ảnh)', this.startedAt);
  }
}

/** Runs the build pipeline at the start of every build (see BuildPipeline). */
export function buildPipelinePlugin(eleventyConfig: UserConfig, pipeline: BuildPipeline): void {
  eleventyConfig.on('eleventy.before', (event: BeforeBuild) => pipeline.run(event));
  eleventyConfig.on('eleventy.after', () => pipeline.logBuildTime());
}
