import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import { cleanText } from '../text/normalize.ts';
import { sanitizeContentHtml } from './sanitize.ts';

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

/** The project's Markdown: CommonMark, raw HTML allowed but sanitised by the allow-list, text in NFC. */
export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: true, linkify: true, typographer: false });
  md.use(figures);
  const render = md.render.bind(md);
  md.render = (source, env) => sanitizeContentHtml(render(cleanText(source), env));
  return md;
}
