// Vietnamese query helpers for the search page. Pagefind ignores tone marks
// (hoc tap finds học tập) but đ has no decomposition: the index writes đ as
// d + a combining stroke (U+0335), which Pagefind ignores like any mark, so
// `doan` finds Đoàn. Queries are written the same way; text from the index
// gets its đ back before it is shown.

const STROKE = '\u0335';

/** Query text in NFC with single spaces. */
export function cleanQuery(query) {
  return query.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The query as the index spells it: đ as d + stroke.
 *
 * @example pagefindQuery('Đoàn  thanh niên') === 'D\u0335oàn thanh niên'
 */
export function pagefindQuery(query) {
  return cleanQuery(query).replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/**
 * The words of a query being typed that are finished (a space follows them),
 * as the index spells them; '' while the first word is still being typed.
 * Index chunks of these can be fetched before the reader stops typing: an
 * unfinished word would pull in the chunks of every word it begins.
 *
 * @example finishedWords('"Đoàn thanh ni') === 'D\u0335oàn thanh'
 */
export function finishedWords(query) {
  const text = query.normalize('NFC').replace(/\s+/g, ' ').trimStart();
  const end = text.lastIndexOf(' ');
  return end > 0 ? pagefindQuery(text.slice(0, end).replace(/"/g, '')) : '';
}

/** Text from the index with its đ restored. @example restoreD('D\u0335oàn') === 'Đoàn' */
export function restoreD(text) {
  return text.replace(new RegExp(`d${STROKE}`, 'g'), 'đ').replace(new RegExp(`D${STROKE}`, 'g'), 'Đ');
}

/** True when the query carries Vietnamese marks (then exact spellings rank first). */
export function hasMarks(query) {
  return /[^\u0000-\u007f]/.test(cleanQuery(query));
}

/**
 * True when every word of the query appears, spelled exactly (case aside), in
 * the text; the quotes of a phrase query are not part of its words.
 *
 * @example containsExactly('Cô Lê Thị Hồng', '"lê thị hồng"') === true
 */
export function containsExactly(text, query) {
  const haystack = text.normalize('NFC').toLocaleLowerCase('vi');
  return cleanQuery(query.replace(/"/g, ' '))
    .toLocaleLowerCase('vi')
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
