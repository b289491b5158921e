import markdownIt from 'markdown-it';
import type { TextFinding } from './text-quality.ts';

const scanner = markdownIt({ html: true });

/**
 * Links inside the site found in a Markdown body: Markdown links and raw
 * href attributes, resolved against the entry's own URL, with their #fragment.
 *
 * @example internalLinks('[a](/tin-tuc/x/) [b](https://baothanhhoa.vn)', '/tin-tuc/y/') // [{ target: '/tin-tuc/x/', … }]
 */
export function internalLinks(body: string, pageUrl: string): (TextFinding & { target: string; fragment?: string })[] {
  const found: (TextFinding & { target: string; fragment?: string })[] = [];
  const add = (href: string, line: number) => {
    if (!href || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return;
    const url = new URL(href, `https://site.invalid${pageUrl}`);
    const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
    found.push({ line, sample: href, target: decodeURI(url.pathname), ...(fragment ? { fragment } : {}) });
  };
  // Most bodies hold no link at all: skip the parse for them.
  if (!body.includes('](') && !body.includes('href=') && !body.includes(']:')) return found;
  for (const block of scanner.parse(body, {})) {
    const line = (block.map?.[0] ?? 0) + 1;
    for (const token of block.children ?? []) if (token.type === 'link_open') add(String(token.attrGet('href') ?? ''), line);
    if (block.type === 'html_block' || block.type === 'inline') {
      for (const match of block.content.matchAll(/\shref="([^"]*)"/g)) add(match[1]!, line);
    }
  }
  return found;
}
