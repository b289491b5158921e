import { toNfc } from './normalize.ts';
import { spellingKey } from './spelling.ts';

/**
 * Vietnamese writes a word as several syllables separated by spaces ("học
 * tập", "kỷ nguyên số"), so a space is not a place to break a line. This module
 * groups a text's syllables into the pieces a line may break between: known
 * compounds and short proper names stay whole; a long name (an organisation)
 * prefers one line but may break between its own words when it cannot fit.
 */

/**
 * A gap between two groups, from best to worst place for a line break: after
 * a clause (comma, full stop…); between words; after a function word ("để",
 * "và", "của"…); a weak gap, after a lone syllable that opens a clause ("…,
 * học / để tự khẳng định mình") or before a lone syllable that ends the text
 * ("khẳng định / mình.").
 */
export type Gap = 'clause' | 'word' | 'function' | 'weak';

/** A gap, marked `name:` when it lies inside a long name (a break there is avoided most of all). */
export type Boundary = Gap | `name:${Gap}`;

/** A text as groups that never break inside, and what kind of place each gap between two groups is. */
export interface WordGroups {
  groups: string[];
  /** `boundaries[i]` is the gap after `groups[i]`: one fewer than the groups. */
  boundaries: Boundary[];
}

/** Names of at most this many syllables (districts, "Hồ Chí Minh", "Sở GD&ĐT") never break; longer ones only when they must. */
export const SHORT_NAME_SYLLABLES = 4;

interface Phrase {
  keys: string[];
  /** Whether each syllable but the last ends with punctuation, as written in the phrase ("Văn hóa, Thể thao"). */
  punctuated: boolean[];
}

/** Compounds and names to keep whole, by their first syllable. Built once per build by `makeLexicon`. */
export interface Lexicon {
  /** Never broken inside: compounds and short names, longest first. */
  whole: ReadonlyMap<string, readonly Phrase[]>;
  /** Long names: kept on one line when they fit, longest first. */
  names: ReadonlyMap<string, readonly Phrase[]>;
}

const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const CLAUSE_END = /[,;:.!?…)\]”»]$/u;

/** Function words that lean on the word after them: a line should not end on one. */
const FUNCTION_WORDS = new Set(['để', 'và', 'của', 'với', 'cho', 'trong', 'các', 'những', 'là', 'ở', 'từ', 'tại', 'theo', 'về', 'khi', 'mà', 'thì', 'hay', 'hoặc', 'một', 'mọi', 'đến', 'vì', 'do', 'bằng'].map((word) => spellingKey(word)));

/** A written token without the punctuation around it ("học," → "học"). */
const core = (token: string) => token.replace(EDGE_PUNCTUATION, '');

function phrase(text: string): Phrase | undefined {
  const tokens = toNfc(text).split(/\s+/).filter((token) => core(token) !== '');
  if (tokens.length < 2) return undefined;
  return { keys: tokens.map((token) => spellingKey(core(token))), punctuated: tokens.slice(0, -1).map((token) => CLAUSE_END.test(token)) };
}

function index(phrases: readonly Phrase[]): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const item of phrases) byFirst.set(item.keys[0]!, [...(byFirst.get(item.keys[0]!) ?? []), item]);
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return byFirst;
}

/**
 * The lexicon from the editable list of compounds and the proper names of the
 * reference data (districts, units, the plan's bodies). Entries of one syllable
 * are ignored: there is nothing to keep together.
 *
 * @example makeLexicon({ compounds: ['học tập'], names: ['Hoằng Hóa', 'Sở Giáo dục và Đào tạo'] })
 */
export function makeLexicon(lists: { compounds: readonly string[]; names: readonly string[] }): Lexicon {
  const compounds = lists.compounds.map(phrase).filter((item): item is Phrase => Boolean(item));
  const names = lists.names.map(phrase).filter((item): item is Phrase => Boolean(item));
  return {
    whole: index([...compounds, ...names.filter((name) => name.keys.length <= SHORT_NAME_SYLLABLES)]),
    names: index(names.filter((name) => name.keys.length > SHORT_NAME_SYLLABLES)),
  };
}

/** No compounds, no names: every space is a word boundary. */
export const NO_LEXICON: Lexicon = makeLexicon({ compounds: [], names: [] });

interface Token {
  text: string;
  key: string;
  clauseEnd: boolean;
}

/** Length (in tokens) of the longest phrase starting at `start`, or 0. */
function longestMatch(tokens: readonly Token[], start: number, phrases: ReadonlyMap<string, readonly Phrase[]>): number {
  for (const candidate of phrases.get(tokens[start]!.key) ?? []) {
    const end = start + candidate.keys.length;
    if (end > tokens.length) continue;
    const matches = candidate.keys.every((key, offset) => {
      const token = tokens[start + offset]!;
      return token.key === key && (offset === candidate.keys.length - 1 || token.clauseEnd === candidate.punctuated[offset]);
    });
    if (matches) return candidate.keys.length;
  }
  return 0;
}

/**
 * Splits a text (NFC or NFD, any case) into groups a line may break between:
 * a compound or short name stays one group, a number stays with the word
 * before it ("năm 2023"), a lone dash or sign stays with the word before it.
 * Gaps after a clause are marked, and so are gaps inside a long name.
 *
 * @example wordGroups('TUẦN LỄ HƯỞNG ỨNG HỌC TẬP', makeLexicon({ compounds: ['tuần lễ', 'hưởng ứng', 'học tập'], names: [] })).groups // ['TUẦN LỄ', 'HƯỞNG ỨNG', 'HỌC TẬP']
 */
export function wordGroups(text: string, lexicon: Lexicon): WordGroups {
  const tokens: Token[] = toNfc(text)
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => ({ text: token, key: spellingKey(core(token)), clauseEnd: CLAUSE_END.test(token) }));
  // Which token each long name covers: gaps inside one are `name:` gaps.
  const nameOf: number[] = tokens.map(() => -1);
  for (let start = 0; start < tokens.length; ) {
    const length = longestMatch(tokens, start, lexicon.names);
    for (let offset = 0; offset < length; offset++) nameOf[start + offset] = start;
    start += Math.max(1, length);
  }
  const groups: string[] = [];
  const boundaries: Boundary[] = [];
  let last: Token | undefined;
  let lastIndex = -1;
  // What a break after the last group would be (one syllable opening a clause, a function word); how many tokens it has.
  let after: Gap = 'word';
  let lastGroupLength = 0;
  for (let start = 0; start < tokens.length; ) {
    const length = Math.max(1, longestMatch(tokens, start, lexicon.whole));
    const token = tokens[start]!;
    const text = tokens.slice(start, start + length).map((item) => item.text).join(' ');
    // A number stays with its word ("năm 2023"); a lone sign ("–") never starts a line.
    const joins = last && !last.clauseEnd && (/^\d/.test(token.key) || token.key === '');
    if (joins) {
      groups[groups.length - 1] += ` ${text}`;
      after = 'word';
      lastGroupLength += length;
    } else {
      const inName = nameOf[start] !== -1 && nameOf[lastIndex] === nameOf[start];
      const gap: Gap = last?.clauseEnd ? 'clause' : after;
      if (last) boundaries.push(inName ? `name:${gap}` : gap);
      const opensClause = !last || last.clauseEnd;
      after = length > 1 ? 'word' : opensClause ? 'weak' : FUNCTION_WORDS.has(token.key) ? 'function' : 'word';
      lastGroupLength = length;
      groups.push(text);
    }
    lastIndex = start + length - 1;
    last = tokens[lastIndex];
    start += length;
  }
  // A lone syllable is not left on the last line ("… khẳng định / mình.").
  const final = boundaries.at(-1);
  if (lastGroupLength === 1 && final !== undefined && /(^|:)(word|function)$/.test(final)) boundaries[boundaries.length - 1] = final.startsWith('name:') ? 'name:weak' : 'weak';
  return { groups, boundaries };
}
