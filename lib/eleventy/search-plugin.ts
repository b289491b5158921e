import type UserConfig from '@11ty/eleventy/UserConfig';
import type { PictureLibrary } from '../images/pictures.ts';
import { searchRecords } from '../search/search-records.ts';
import { writeSearchIndexInBackground } from '../search/search-index.ts';
import type { BuildState } from './build-state.ts';
import { timeStage } from '../build-cache/timing.ts';

/**
 * Builds the search index as part of every build. Its records come from the
 * checked content, so in a build Pagefind indexes and writes them in its own
 * process as soon as the content is read (and the photos behind the result
 * thumbnails are ready), while Eleventy renders; the build waits for it only
 * at the end. While watching or serving, the index is written after the pages,
 * in the background, one write after another: an edit shows at once.
 */
export function searchPlugin(eleventyConfig: UserConfig, { state, pictures }: { state: BuildState; pictures: PictureLibrary }): void {
  let writeIndex: () => Promise<void> = () => Promise.resolve();
  let writing: Promise<void> = Promise.resolve();
  let background: Promise<unknown> = Promise.resolve();

  // Registered after the images plugin, whose handler has started preparing this build's photos by the time this one resumes.
  eleventyConfig.on('eleventy.before', async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    writeIndex = () => Promise.resolve();
    if (!(await state.whenLoaded())) return;
    const site = state.site;
    const reference = state.reference;
    const { pathPrefix, searchPagesPerPart } = state.settings;
    const prefix = pathPrefix.replace(/\/$/, '');
    writeIndex = () =>
      Promise.all([background, pictures.prepared()]).then(() => {
        const records = searchRecords(site, reference, {
          thumbnail: (photo) => `${prefix}${pictures.thumbnail(photo.path)}`,
        });
        return writeSearchIndexInBackground(directories.output, records, searchPagesPerPart);
      });
    if (runMode !== 'build') return;
    writing = writeIndex();
    // Reported when the build ends; never an unhandled rejection meanwhile.
    writing.catch(() => undefined);
  });

  eleventyConfig.on('eleventy.after', ({ runMode }: { runMode: string }) => {
    if (runMode === 'build') return timeStage('hoàn tất chỉ mục tìm kiếm', () => writing);
    background = timeStage('hoàn tất chỉ mục tìm kiếm', writeIndex).catch((error: Error) => console.error(`Chỉ mục tìm kiếm: ${error.message}`));
    return undefined;
  });
}
