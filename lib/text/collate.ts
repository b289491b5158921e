/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê …), not code-point order,
 * which would put "Đông Sơn" after "Yên Định".
 */
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** @example ['Yên Định', 'Đông Sơn', 'Bá Thước'].sort(compareVi) // Bá Thước, Đông Sơn, Yên Định */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Sorts a copy of `items` by the Vietnamese collation of `key(item)`. */
export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVi(key(a), key(b)));
}
