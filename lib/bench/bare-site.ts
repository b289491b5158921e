import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A bare Eleventy project over the same Markdown: one minimal layout, a
 * paginated listing and tag pages, nothing else. The baseline the full site
 * is measured against, in the same run.
 */
export function writeBareSite(dir: string, contentDir: string): string {
  mkdirSync(path.join(dir, 'layouts'), { recursive: true });
  mkdirSync(path.join(dir, 'pages'), { recursive: true });
  writeFileSync(
    path.join(dir, 'eleventy.config.mjs'),
    `export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true);
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addGlobalData('layout', 'bare.njk');
  eleventyConfig.addTemplate('index.njk', ${JSON.stringify('---\npagination:\n  data: collections.all\n  size: 10\npermalink: "/trang-{{ pagination.pageNumber + 1 }}/"\nlayout: false\n---\n<ul>{% for item in pagination.items %}<li><a href="{{ item.url }}">{{ item.data.title }}</a></li>{% endfor %}</ul>')});
  eleventyConfig.addTemplate('tags.njk', ${JSON.stringify('---\npagination:\n  data: collections\n  size: 1\n  alias: tag\n  filter: [all]\npermalink: "/tag/{{ tag | slugify }}/"\nlayout: false\n---\n<ul>{% for item in collections[tag] %}<li><a href="{{ item.url }}">{{ item.data.title }}</a></li>{% endfor %}</ul>')});
  return { dir: { input: ${JSON.stringify(path.relative(process.cwd(), contentDir))}, layouts: ${JSON.stringify(path.relative(contentDir, path.join(dir, 'layouts')))}, output: '_site' }, markdownTemplateEngine: false };
}
`,
  );
  writeFileSync(path.join(dir, 'layouts/bare.njk'), '<!doctype html><html lang="vi"><title>{{ title or name }}</title><main>{{ content | safe }}</main></html>\n');
  return path.join(dir, 'eleventy.config.mjs');
}
