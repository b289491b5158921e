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
 * Returns a copy of any YAML/JSON-like value with every string (keys included)
 * in NFC. Dates and other objects are kept as they are.
 *
 * @example normalizeDeep({ 'tên': ['Đo\u0300an'] }) // { tên: ['Đoàn'] }
 */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return toNfc(value) as T;
  if (Array.isArray(value)) return value.map((item) => normalizeDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[toNfc(key)] = normalizeDeep(inner);
    return out as T;
  }
  return value;
}
