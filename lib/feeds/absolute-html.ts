/**
 * Rewrites site-relative URLs (href, src, srcset, poster) in an HTML fragment
 * to absolute ones, so feed readers on other sites load links and images.
 *
 * @example absoluteHtml('<img src="/img/a.jpeg">', 'https://x.vn') === '<img src="https://x.vn/img/a.jpeg">'
 */
export function absoluteHtml(html: string, origin: string): string {
  const absolute = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? `${origin}${url}` : url);
  return html
    .replace(/\s(href|src|poster)="([^"]*)"/g, (_match, attribute: string, url: string) => ` ${attribute}="${absolute(url)}"`)
    .replace(/\ssrcset="([^"]*)"/g, (_match, list: string) => {
      const candidates = list.split(',').map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [absolute(url), ...descriptor].join(' ');
      });
      return ` srcset="${candidates.join(', ')}"`;
    });
}

const BODY_START = '<!-- noi-dung-bai:bat-dau -->';
const BODY_END = '<!-- noi-dung-bai:ket-thuc -->';

/** Markers the layouts put around an entry's body, so feeds can carry it whole. */
export const FEED_BODY_MARKERS = { start: BODY_START, end: BODY_END } as const;

/** The entry body of a rendered page, between the layout's markers. */
export function extractBody(pageHtml: string): string | undefined {
  const start = pageHtml.indexOf(BODY_START);
  const end = pageHtml.indexOf(BODY_END);
  return start >= 0 && end > start ? pageHtml.slice(start + BODY_START.length, end).trim() : undefined;
}
