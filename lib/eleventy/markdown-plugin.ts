import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { bodyPhotoPath } from '../images/photos.ts';
import type { PictureLibrary } from '../images/pictures.ts';
import { createMarkdown } from '../markdown/markdown.ts';

/** Markdown through the project's renderer: allow-listed HTML only, photos as responsive figures. */
export function markdownPlugin(eleventyConfig: UserConfig, pictures: PictureLibrary): void {
  eleventyConfig.setLibrary(
    'md',
    createMarkdown({
      // Eleventy renders Markdown with the page's data as the environment.
      bodyPhoto: ({ src, alt, title }, env) =>
        pictures.html(bodyPhotoPath(path.dirname(path.resolve((env as { page: { inputPath: string } }).page.inputPath)), src), { alt, title }),
    }),
  );
}
