import { createMarkdown } from '../markdown/markdown.ts';

/** d followed by COMBINING SHORT STROKE OVERLAY: how đ is written in the index. */
export const STROKE = '\u0335';

const BODY_HEADING_WEIGHT = 2;

/**
 * Text with đ written as d + STROKE, as the index spells it (see indexedText in search-records.ts).
 *
 * @example strokedD('Đoàn đến') === 'D\u0335oàn d\u0335ến'
 */
export function strokedD(text: string): string {
  return text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Where an entry's body goes in its search document, filled in by withBody. */
export const BODY_SLOT = '<!--body-->';

let markdown: ReturnType<typeof createMarkdown> | undefined;

/**
 * An entry's Markdown body as searchable HTML: rendered and sanitised as on
 * the page (headings, paragraphs, lists, quotes, table cells, captions), then
 * stripped to bare tags: no photos or attributes (links keep their words),
 * body headings weighted just above body text so they never outrank the
 * headline, đ written as indexedText writes it.
 *
 * @example indexedBody('## Đọc\n\nMột *câu*.') === '<p data-pagefind-weight="2">D\u0335ọc</p>\n<p>Một <em>câu</em>.</p>\n'
 */
export function indexedBody(source: string): string {
  if (!source.trim()) return '';
  markdown ??= createMarkdown();
  return strokedD(
    markdown
      .render(source)
      .replace(/<img\b[^>]*>/g, '')
      .replace(/<(\/?)h[1-6]\b[^>]*>/g, (_tag, close: string) => (close ? '</p>' : `<p data-pagefind-weight="${BODY_HEADING_WEIGHT}">`))
      .replace(/<(\/?)(?!p data-pagefind)([a-z][a-z0-9]*)\b[^>]*>/g, (_tag, close: string, name: string) => (name === 'a' ? '' : `<${close}${name}>`)),
  );
}

/**
 * A search document with its entry's body rendered in: done on the index
 * thread, so the thread that renders pages does not render every body twice.
 *
 * @example withBody(`<p>A</p>${BODY_SLOT}`, 'Một *câu*.') === '<p>A</p><p>Một <em>câu</em>.</p>\n'
 */
export function withBody(html: string, markdown: string | undefined): string {
  return markdown === undefined ? html : html.replace(BODY_SLOT, () => indexedBody(markdown));
}
