import type UserConfig from '@11ty/eleventy/UserConfig';
import { createMarkdown } from '../markdown/markdown.ts';

/** Markdown through the project's renderer: allow-listed HTML only, photos as figures. */
export function markdownPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.setLibrary('md', createMarkdown());
}
