// Vietnamese query helpers for the search page. Pagefind already ignores tone
// marks (hoc tap finds học tập) but not đ, which has no decomposition: a word
// typed with a plain d is also searched with đ (doan → đoan finds Đoàn).

/** Query text in NFC with single spaces. */
export function cleanQuery(query) {
  return query.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The query and its đ-variants: each word starting with d (up to `maxWords`
 * of them) is tried with đ as well. The original comes first.
 *
 * @example queryVariants('doan thanh nien') // ['doan thanh nien', 'đoan thanh nien']
 */
export function queryVariants(query, maxWords = 3) {
  const text = cleanQuery(query);
  if (!text) return [];
  const words = text.split(' ');
  const dWords = words.flatMap((word, index) => (/^[dD]/.test(word) ? [index] : [])).slice(0, maxWords);
  const variants = [];
  for (let mask = 0; mask < 1 << dWords.length; mask += 1) {
    const copy = [...words];
    dWords.forEach((wordIndex, bit) => {
      if (mask & (1 << bit)) copy[wordIndex] = (copy[wordIndex][0] === 'D' ? 'Đ' : 'đ') + copy[wordIndex].slice(1);
    });
    variants.push(copy.join(' '));
  }
  return variants;
}

/** True when the query carries Vietnamese marks (then exact spellings rank first). */
export function hasMarks(query) {
  return /[^\u0000-\u007f]/.test(cleanQuery(query));
}

/** True when every word of the query appears, spelled exactly (case aside), in the text. */
export function containsExactly(text, query) {
  const haystack = text.normalize('NFC').toLocaleLowerCase('vi');
  return cleanQuery(query)
    .toLocaleLowerCase('vi')
    .split(' ')
    .every((word) => haystack.includes(word));
}
