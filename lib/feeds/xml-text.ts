import { cleanText } from '../text/normalize.ts';

/**
 * Text that XML 1.0 accepts: NFC, without control characters. Content is
 * cleaned where it enters; this guards what reaches a feed from anywhere else.
 *
 * @example xmlText('Học\u000b tập') === 'Học tập'
 */
export function xmlText(text: string): string {
  return cleanText(text);
}
