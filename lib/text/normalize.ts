/**
 * Text enters the site in one form: Unicode NFC. Journalists paste from Word,
 * Zalo or old PDFs, which often gives decomposed (NFD) Vietnamese that looks
 * identical but breaks matching, slugs and search filters.
 *
 * @example toNfc('Ho\u0300a') === 'Hòa'
 */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * NFC, without the invisible control characters (other than tab and line
 * breaks) that word processors and chat apps leave in pasted text and that
 * make XML feeds invalid.
 *
 * @example cleanText('Ho\u0300a\u000b') === 'Hòa'
 */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return toNfc(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '');
}

/**
 * Returns a copy of any YAML/JSON-like value with every string (keys included)
 * cleaned by cleanText. Dates and other objects are kept as they are.
 *
 * @example normalizeDeep({ 'tên': ['Đo\u0300an'] }) // { tên: ['Đoàn'] }
 */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[cleanText(key)] = normalizeDeep(inner);
    return out as T;
  }
  return value;
}

/**
 * Capital first letter, the rest untouched (Nunjucks' capitalize would lower-case the rest).
 * @example capitalizeFirst('huyện Hoằng Hóa') === 'Huyện Hoằng Hóa'
 */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
