import sanitizeHtml from 'sanitize-html';
import { unescapeHtml } from '../text/html.ts';

/**
 * The allow-list for HTML that reaches a page from content. Anything else —
 * <script>, <style>, forms, event-handler attributes, javascript: and data:
 * URLs — is removed. Applied to the rendered Markdown, so raw HTML written in
 * a story and HTML produced by Markdown go through the same gate.
 */
/** The only sites a story may embed a video from (the platforms the plan names). */
export const VIDEO_HOSTS = ['www.youtube-nocookie.com', 'www.youtube.com', 'www.facebook.com'] as const;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup',
    'a', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite', 'abbr', 'br', 'hr', 'code', 'pre',
    'figure', 'figcaption', 'img', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'iframe',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    abbr: ['title'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
    iframe: ['src', 'title', 'width', 'height', 'allowfullscreen', 'loading'],
    '*': ['id', 'lang'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  // Photos only from files next to the story (no tracking pixels, no network at build).
  allowedSchemesByTag: { img: [], iframe: ['https'] },
  allowProtocolRelative: false,
  // Video embeds only from the platforms the plan names.
  allowedIframeHostnames: [...VIDEO_HOSTS],
  disallowedTagsMode: 'discard',
  // An iframe whose address was refused is dropped whole.
  exclusiveFilter: (frame) => (frame.tag === 'iframe' || frame.tag === 'img') && !frame.attribs.src,
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? '');
      return { tagName, attribs: external && attribs.target ? { ...attribs, rel: 'noopener noreferrer' } : attribs };
    },
    iframe: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy' } }),
  },
};

/** @example sanitizeContentHtml('<p onclick="x()">Chào</p><script>x()</script>') === '<p>Chào</p>' */
export function sanitizeContentHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

/**
 * The attributes of a tag the sanitiser wrote (double-quoted values), unescaped.
 *
 * @example sanitizedAttributes('<img src="a.jpg" alt="&quot;Học&quot;" />') // { src: 'a.jpg', alt: '"Học"' }
 */
export function sanitizedAttributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, unescapeHtml(value!)]));
}
