import { toNfc } from '../text/normalize.ts';

/** How a paragraph of the plan is marked as a list item. */
export type MarkerKind = 'number' | 'letter' | 'dash' | 'plus' | 'bullet';

/** One paragraph of the plan: a line of the document, page breaks rejoined. */
export interface Paragraph {
  /** The whole paragraph, marker included. */
  text: string;
  /** 1-based line in the source where the paragraph starts. */
  line: number;
  marker?: MarkerKind;
  /** The list number a numbered or lettered paragraph carries ("3." → 3, "đ)" → 5). */
  ordinal?: number;
  /** The paragraph without its list marker. */
  body: string;
}

const MARKER = /^(?:(\d{1,2})[.)]|([a-zđ])\)|(-)|(\+)|([•*]))\s+(.*)$/u;

/** Letters as Vietnamese documents number items: a) b) c) d) đ) e) g) h)… (no f, j, w, z). */
const LETTERS = 'abcdđeghiklmnopqrstuvxy';

function markerOf(text: string): { marker?: MarkerKind; ordinal?: number; body: string } {
  const match = MARKER.exec(text);
  if (!match) return { body: text };
  const [, number, letter, dash, plus, , body] = match;
  const marker: MarkerKind = number ? 'number' : letter ? 'letter' : dash ? 'dash' : plus ? 'plus' : 'bullet';
  const ordinal = number ? Number(number) : letter ? LETTERS.indexOf(letter) + 1 || undefined : undefined;
  return { marker, ...(ordinal ? { ordinal } : {}), body: body!.trim() };
}

/**
 * The plan's text as paragraphs: BOM removed, any line ending, NFC, page
 * numbers dropped, and page-break artefacts rejoined — a line that starts in
 * lower case, after a paragraph that did not end a sentence, continues it
 * ("phần mềm" / "mô phỏng", "gương người" / "tốt, việc tốt").
 */
export function planParagraphs(source: string): Paragraph[] {
  const lines = toNfc(source.replace(/^\uFEFF/, '')).split(/\r\n|\r|\n/);
  const paragraphs: Paragraph[] = [];
  lines.forEach((raw, index) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text || /^\d{1,3}$/.test(text)) return;
    const previous = paragraphs.at(-1);
    const { marker, ordinal, body } = markerOf(text);
    if (previous && !marker && /^\p{Ll}/u.test(text) && !/[.:;!?]["”*]*$/u.test(previous.text)) {
      previous.text = `${previous.text} ${text}`;
      previous.body = `${previous.body} ${text}`;
      return;
    }
    paragraphs.push({ text, line: index + 1, marker, ...(ordinal ? { ordinal } : {}), body });
  });
  return paragraphs;
}

/** Removes Markdown-like emphasis and typographic quotes around a phrase. */
export function cleanPhrase(text: string): string {
  return text
    .replace(/[*_]+/g, '')
    .replace(/^[\s“"'‘]+|[\s”"'’]+$/g, '')
    .replace(/[.;:,]+$/, '')
    .replace(/^[\s“"'‘]+|[\s”"'’]+$/g, '')
    .trim();
}

/** Paragraphs kept in one text field of the plan (an activity, the funding) are separated by a blank line. */
const PARAGRAPH_BREAK = '\n\n';

/** @example joinParagraphs(['Một.', 'Hai.']) === 'Một.\n\nHai.' */
export function joinParagraphs(texts: readonly string[]): string {
  return texts.join(PARAGRAPH_BREAK);
}

/**
 * A plan text field as its paragraphs again, for pages and search records to
 * print one <p> each.
 *
 * @example splitParagraphs('Một.\n\nHai.') deep-equals ['Một.', 'Hai.']
 */
export function splitParagraphs(text: string): string[] {
  return text.split(PARAGRAPH_BREAK);
}
