import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import { cleanText } from '../text/normalize.ts';
import { sanitizeContentHtml, sanitizedAttributes } from './sanitize.ts';

/** A photo in a story body, as the sanitiser left it: src relative to the Markdown file. */
export interface BodyImage {
  src: string;
  alt: string;
  title?: string;
}

/** Turns a body photo into its final markup, given the render's environment as the caller passed it (Eleventy: the page's data). */
export type BodyPhotoRenderer = (image: BodyImage, env: unknown) => string;

/** A paragraph holding nothing but one image: it becomes a captioned figure. */
function isLonePhoto(tokens: Token[], index: number): boolean {
  const inline = tokens[index + 1];
  const children = inline?.children?.filter((child) => !(child.type === 'text' && !child.content.trim())) ?? [];
  return inline?.type === 'inline' && children.length === 1 && children[0]!.type === 'image';
}

/**
 * Photos written as `![mô tả](anh.jpg "Chú thích. Ảnh: Lê Hợi")` on their own
 * line become `<figure>` with the title as caption, the press convention of
 * ending the caption with the credit.
 */
function figures(md: MarkdownIt): void {
  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.paragraph_open = (tokens, index, options, _env, self) =>
    isLonePhoto(tokens, index) ? '<figure>' : self.renderToken(tokens, index, options);
  md.renderer.rules.paragraph_close = (tokens, index, options, _env, self) =>
    index >= 2 && isLonePhoto(tokens, index - 2) ? '</figure>\n' : self.renderToken(tokens, index, options);
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    const caption = token.attrGet('title');
    if (caption) token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'title');
    const img = defaultImage(tokens, index, options, env, self);
    return caption ? `${img}<figcaption>${md.utils.escapeHtml(String(caption))}</figcaption>` : img;
  };
}

/** Each <img> of sanitised HTML (well-formed, double-quoted attributes) replaced by what `photo` returns. */
function replaceImages(html: string, photo: (image: BodyImage) => string): string {
  return html.replace(/<img\s[^>]*>/g, (tag) => {
    const attributes = sanitizedAttributes(tag);
    return photo({ src: attributes.src ?? '', alt: attributes.alt ?? '', ...(attributes.title ? { title: attributes.title } : {}) });
  });
}

/**
 * What every link linkify-it finds contains: "//" (http, https, ftp and
 * scheme-less links), "mailto:", an e-mail's "@", or, for links without a
 * scheme, a dot right before a top-level domain (which all start with a Latin
 * letter, or "р" of .рф). Most paragraphs have none of these, and the full
 * search is slow on long text.
 */
const MAY_HOLD_LINK = /\/\/|mailto:|@|\.[a-zр]/i;

/** Linkify's test, skipped for text that cannot hold a link: same answers, less time. */
function quickLinkTest(md: MarkdownIt): void {
  const test = md.linkify.test.bind(md.linkify);
  md.linkify.test = (text: string) => MAY_HOLD_LINK.test(text) && test(text);
}

/**
 * The project's Markdown: CommonMark, raw HTML allowed but sanitised by the
 * allow-list, text in NFC. With `bodyPhoto`, every photo that passed the
 * sanitiser is handed to it (for responsive markup) after sanitising.
 */
export function createMarkdown(options: { bodyPhoto?: BodyPhotoRenderer } = {}): MarkdownIt {
  const md = markdownIt({ html: true, linkify: true, typographer: false });
  md.use(figures);
  quickLinkTest(md);
  const render = md.render.bind(md);
  const { bodyPhoto } = options;
  md.render = (source, env) => {
    const html = sanitizeContentHtml(render(cleanText(source), env));
    return bodyPhoto && html.includes('<img') ? replaceImages(html, (image) => bodyPhoto(image, env)) : html;
  };
  return md;
}
