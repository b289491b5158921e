import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { VIDEO_HOSTS } from '../markdown/sanitize.ts';
import { urls } from '../site/urls.ts';

/** A Content-Security-Policy as data: directive → allowed sources. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * The policy of every page. Pages carry no inline script, event handler or
 * style (tests/build/inline-code.test.ts keeps it so), so nothing here needs
 * 'unsafe-inline'.
 */
export const SITE_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  // Videos a story embeds: exactly the hosts the Markdown sanitiser lets an <iframe> point to.
  'frame-src': VIDEO_HOSTS.map((host) => `https://${host}`),
};

/**
 * The search page (the only one that loads Pagefind) may also compile
 * WebAssembly: without 'wasm-unsafe-eval' Chromium refuses Pagefind's
 * `WebAssembly.instantiate` and no search runs. It allows no JavaScript eval.
 */
export const SEARCH_CSP: CspDirectives = { ...SITE_CSP, 'script-src': ["'self'", "'wasm-unsafe-eval'"] };

/**
 * The embeds' style, inline in layouts/embed.njk so an embed costs partners a
 * single request; the policy allows exactly this text by its hash.
 */
export const EMBED_STYLE = readFileSync(new URL('../../layouts/partials/embed.css', import.meta.url), 'utf8');

/**
 * The CSP source that allows one inline `<style>` or `<script>` text.
 * @example hashSource('a{}') === "'sha256-X1RutGBrXCt9KkSaXMK7tHftWiRscFHOhxsS8tv8hBk='"
 */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Partner embeds (/doi-tac/nhung/…) exist to be framed by partners' sites,
 * whoever they are: any site may frame them. They also carry their style.
 */
export const EMBED_CSP: CspDirectives = { ...SITE_CSP, 'style-src': ["'self'", hashSource(EMBED_STYLE)], 'frame-ancestors': ['*'] };

/** Headers every response gets besides its policy. */
const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/**
 * A policy as a header value.
 * @example contentSecurityPolicy({ 'default-src': ["'self'"], 'object-src': ["'none'"] }) === "default-src 'self'; object-src 'none'"
 */
export function contentSecurityPolicy(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The headers of every response under one site path. */
export interface HeaderRule {
  /** Site-relative folder, e.g. `/` or `/doi-tac/nhung/`: the rule covers everything below it (or one file, e.g. `/pagefind/pagefind-worker.js`). */
  folder: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * The recommended headers, broadest folder first. A response gets the whole
 * header set of the most specific folder it lies in; the sets do not merge.
 * No X-Frame-Options: `frame-ancestors` replaces it in every current browser,
 * and a site-wide DENY could not be lifted for the embeds on every host.
 */
export const HEADER_RULES: readonly HeaderRule[] = [
  { folder: urls.home(), headers: { 'Content-Security-Policy': contentSecurityPolicy(SITE_CSP), ...COMMON_HEADERS } },
  { folder: urls.search(), headers: { 'Content-Security-Policy': contentSecurityPolicy(SEARCH_CSP), ...COMMON_HEADERS } },
  { folder: urls.partnerEmbeds(), headers: { 'Content-Security-Policy': contentSecurityPolicy(EMBED_CSP), ...COMMON_HEADERS } },
  // The search runs in Pagefind's worker, which takes its policy from its own script's response. One file,
  // not the folder: in nginx a block of its own drops the fingerprinted index files' Cache-Control.
  { folder: `${urls.searchIndex()}pagefind-worker.js`, headers: { 'Content-Security-Policy': contentSecurityPolicy(SEARCH_CSP), ...COMMON_HEADERS } },
];

/** A site-relative folder below the path prefix, e.g. `/hoc-tap/` + `/doi-tac/` → `/hoc-tap/doi-tac/`. */
function prefixed(pathPrefix: string, folder: string): string {
  return `${pathPrefix.replace(/\/$/, '')}${folder}`;
}

/**
 * The headers of the response at a URL path (with the path prefix, as the browser asks for it).
 * @example headersForPath('/doi-tac/nhung/tat-ca/')['Content-Security-Policy'].includes('frame-ancestors *;') === true
 */
export function headersForPath(pathname: string, pathPrefix = '/'): Readonly<Record<string, string>> {
  const matching = HEADER_RULES.filter((rule) => pathname.startsWith(prefixed(pathPrefix, rule.folder)));
  const rule = matching.sort((a, b) => b.folder.length - a.folder.length)[0];
  return rule?.headers ?? {};
}

/**
 * The rules as a `_headers` file (Netlify, Cloudflare Pages). Every matching
 * rule adds its headers there, and Cloudflare joins two values of one header
 * with a comma (two policies, both enforced): a narrower rule lists only the
 * headers it changes, and first detaches (`! Name`) the broader value. Netlify
 * skips those lines (no colon) and lets the later rule's value win.
 */
export function headersFile(pathPrefix = '/'): string {
  const lines = ['# Header HTTP bảo mật khuyến nghị (Netlify, Cloudflare Pages). Tạo khi build từ lib/deploy/security-headers.ts: đừng sửa tay.'];
  HEADER_RULES.forEach((rule, index) => {
    lines.push('', `${prefixed(pathPrefix, rule.folder)}*`);
    const broader = HEADER_RULES.slice(0, index).filter((other) => rule.folder.startsWith(other.folder));
    for (const [name, value] of Object.entries(rule.headers)) {
      const inherited = broader.map((other) => other.headers[name]).filter((other) => other !== undefined);
      if (inherited.length > 0 && inherited.every((other) => other === value)) continue;
      if (inherited.length > 0) lines.push(`  ! ${name}`);
      lines.push(`  ${name}: ${value}`);
    }
  });
  return `${lines.join('\n')}\n`;
}

/** One `add_header` line; the values are fixed strings, so quoting is all they need. */
function addHeader(name: string, value: string, indent: string): string {
  if (/["\\$]/.test(value)) throw new Error(`Giá trị header ${name} có ký tự nginx không đọc đúng: ${value}`);
  return `${indent}add_header ${name} "${value}" always;`;
}

/**
 * The rules as an nginx snippet to `include` inside the `server` block (or
 * the prefix location) that serves the site. Narrower folders become nested
 * prefix locations, which repeat every header: nginx does not inherit
 * `add_header` into a block that has its own.
 */
export function nginxSnippet(pathPrefix = '/'): string {
  const [site, ...narrower] = [...HEADER_RULES].sort((a, b) => a.folder.length - b.folder.length);
  const lines = [
    '# Header HTTP bảo mật khuyến nghị cho nginx. Tạo khi build từ lib/deploy/security-headers.ts: đừng sửa tay.',
    '# Dùng: include /duong-dan/den/_site/nginx-headers.conf; bên trong khối server (hoặc location) phục vụ trang.',
    '# Lưu ý: location nào có add_header riêng thì không nhận các dòng dưới đây; thêm include vào location đó.',
  ];
  for (const [name, value] of Object.entries(site?.headers ?? {})) lines.push(addHeader(name, value, ''));
  for (const rule of narrower) {
    lines.push('', `location ^~ ${prefixed(pathPrefix, rule.folder)} {`);
    for (const [name, value] of Object.entries(rule.headers)) lines.push(addHeader(name, value, '    '));
    lines.push('}');
  }
  return `${lines.join('\n')}\n`;
}
