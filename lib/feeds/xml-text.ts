import { cleanText } from '../text/normalize.ts';
import { escapeHtmlText } from '../text/html.ts';

/**
 * Text that XML 1.0 accepts: NFC, without control characters. Content is
 * cleaned where it enters; this guards what reaches a feed from anywhere else.
 * For elements readers show as plain text (title, category).
 *
 * @example xmlText('Học\u000b tập') === 'Học tập'
 */
export function xmlText(text: string): string {
  return cleanText(text);
}

/**
 * Plain text for a feed element that readers (and partner sites republishing
 * the feed) treat as HTML: RSS `description`, and `dc:creator`, which many
 * readers print into their page as it comes. Cleaned like xmlText, then
 * HTML-escaped, so `<img onerror=…>` in a lead or an author's name is read
 * as text. The XML layer (CDATA, `]]>`) is the feed writer's job.
 *
 * @example htmlText('Sở GD&ĐT <img src=x onerror=alert(1)>') === 'Sở GD&amp;ĐT &lt;img src=x onerror=alert(1)&gt;'
 */
export function htmlText(text: string): string {
  return escapeHtmlText(cleanText(text));
}
