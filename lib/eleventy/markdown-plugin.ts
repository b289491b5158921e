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
      bodyPhoto: ({ src, alt, title }, env: { page: { inputPath: string } }) =>
        pictures.html(bodyPhotoPath(path.dirname(path.resolve(env.page.inputPath)), src), { alt, title }),
    }),
  );
}
