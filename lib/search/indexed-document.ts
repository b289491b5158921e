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
 * (text, filters, sort keys, meta), without the head, navigation, footer,
 * story body and listing cards it would parse only to skip. Undefined for a
 * page without such an element.
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
  return `<!doctype html><html lang="vi"><body>${withoutIgnored(html.slice(start, end))}</body></html>`;
}
