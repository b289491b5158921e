/** End (exclusive) of the element whose start tag begins at `start`, by walking same-named tags; -1 if unclosed. */
function elementEnd(html: string, start: number): number {
  const tag = /^<([a-z][a-z0-9]*)/i.exec(html.slice(start, start + 20))?.[1];
  if (!tag) return -1;
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return -1;
}

/**
 * Drops the elements marked data-pagefind-ignore that hold no filter, sort or
 * meta value (story bodies, bylines, calendar links): Pagefind would parse them
 * only to skip them.
 */
function withoutIgnored(html: string): string {
  let result = '';
  let from = 0;
  for (let marker = html.indexOf('data-pagefind-ignore', from); marker >= 0; marker = html.indexOf('data-pagefind-ignore', from)) {
    const start = html.lastIndexOf('<', marker);
    const end = elementEnd(html, start);
    const inner = end < 0 ? '' : html.slice(html.indexOf('>', marker) + 1, end);
    if (end < 0 || inner.includes('data-pagefind-')) {
      result += html.slice(from, marker + 1);
      from = marker + 1;
      continue;
    }
    result += html.slice(from, start);
    from = end;
  }
  return result + html.slice(from);
}

/**
 * The element marked data-pagefind-body, wrapped in a minimal Vietnamese
 * document and without its ignored parts: all Pagefind needs to index a page
 * (text, filters, meta), without the head, navigation, footer, story body
 * and listing cards it would parse only to skip, with đ written so that d
 * finds it. Undefined for a page without such an element.
 *
 * @example indexedDocument('<nav>…</nav><div data-pagefind-body><div>A</div><p data-pagefind-ignore>B</p></div><footer>')
 * // '<!doctype html><html lang="vi"><body><div data-pagefind-body><div>A</div></div></body></html>'
 */
export function indexedDocument(html: string): string | undefined {
  const marker = html.indexOf('data-pagefind-body');
  if (marker < 0) return undefined;
  const start = html.lastIndexOf('<', marker);
  const end = elementEnd(html, start);
  if (end < 0) return undefined;
  return `<!doctype html><html lang="vi"><body>${strokeD(withoutIgnored(html.slice(start, end)))}</body></html>`;
}

/** d followed by COMBINING SHORT STROKE OVERLAY: how đ is written in the index. */
const STROKE = '\u0335';

/**
 * đ written as d + a combining stroke in the page's indexed text. đ has no
 * Unicode decomposition, so Pagefind, which ignores combining marks, would
 * not let `doan` find *Đoàn*; written this way the word is indexed under
 * `doan` (and its exact spelling kept for ranking). The search page turns the
 * stroke back into đ before showing text. Filter and meta values are left
 * as they are: readers see those as written.
 *
 * @example strokeD('<h1>Đoàn</h1><span data-pagefind-filter="unit">Tỉnh Đoàn</span>')
 * // '<h1>D\u0335oàn</h1><span data-pagefind-filter="unit">Tỉnh Đoàn</span>'
 */
export function strokeD(html: string): string {
  let keep: string | undefined;
  return html.replace(/(<[^>]+>)|([^<]+)/g, (whole, tag: string | undefined) => {
    if (tag) {
      const name = /^<\/?([a-z][a-z0-9]*)/i.exec(tag)?.[1]?.toLowerCase();
      if (keep) {
        if (tag.startsWith('</') && name === keep) keep = undefined;
      } else if (/\sdata-pagefind-(filter|meta)="[^"[]*"/.test(tag) && !tag.endsWith('/>')) {
        keep = name;
      }
      return tag;
    }
    return keep ? whole : whole.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
  });
}
