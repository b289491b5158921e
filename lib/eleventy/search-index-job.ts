import type { PictureLibrary } from '../images/pictures.ts';
import { searchRecords } from '../search/search-records.ts';
import { writeSearchIndexInBackground } from '../search/search-index.ts';
import { timeStage } from '../build-cache/timing.ts';
import type { BuildState } from './build-state.ts';

/**
 * The search index of every build. Its records come from the checked content,
 * so in a build Pagefind indexes and writes them in its own process as soon as
 * the build pipeline has the content and the photos behind the result
 * thumbnails, while Eleventy renders; the build waits for it only at the end.
 * While watching or serving, the index is written after the pages, in the
 * background, one write after another: an edit shows at once.
 */
export class SearchIndexJob {
  private writeIndex: () => Promise<void> = () => Promise.resolve();
  private writing: Promise<void> = Promise.resolve();
  private background: Promise<unknown> = Promise.resolve();

  /** At the start of a build: nothing to write until this build's content has loaded. */
  begin(): void {
    this.writeIndex = () => Promise.resolve();
  }

  /** Once the content and photos are ready: a build starts writing now, a preview after its pages. */
  start(state: BuildState, pictures: PictureLibrary, output: string, runMode: string): void {
    const site = state.site;
    const reference = state.reference;
    const { pathPrefix, searchPagesPerPart } = state.settings;
    const prefix = pathPrefix.replace(/\/$/, '');
    // The previous preview's index is read when this one is written (not now): writes follow one another.
    this.writeIndex = () =>
      this.background.then(() => {
        const records = searchRecords(site, reference, {
          thumbnail: (photo) => `${prefix}${pictures.thumbnail(photo.path)}`,
        });
        return writeSearchIndexInBackground(output, records, searchPagesPerPart);
      });
    if (runMode !== 'build') return;
    this.writing = this.writeIndex();
    // Reported when the build ends; never an unhandled rejection meanwhile.
    this.writing.catch(() => undefined);
  }

  /** After the pages: a build waits for its index; a preview starts writing its own in the background. */
  finish(runMode: string): Promise<void> | undefined {
    if (runMode === 'build') return timeStage('hoàn tất chỉ mục tìm kiếm', () => this.writing);
    this.background = timeStage('hoàn tất chỉ mục tìm kiếm', this.writeIndex).catch((error: Error) => console.error(`Chỉ mục tìm kiếm: ${error.message}`));
    return undefined;
  }
}
