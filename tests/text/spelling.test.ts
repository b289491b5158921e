import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameSpelling, spellingKey } from '../../lib/text/spelling.ts';
import { PROJECT_DIR } from '../helpers/site-build.ts';

describe('spellingKey', () => {
  it('ignores case and NFC/NFD, and the old or new place of the tone mark', () => {
    expect(spellingKey('HỌC')).toBe(spellingKey('học'));
    expect(spellingKey('học'.normalize('NFD'))).toBe(spellingKey('học'));
    expect(spellingKey('hoá')).toBe(spellingKey('hóa'));
    expect(spellingKey('THUÝ')).toBe(spellingKey('thúy'));
  });

  it('keeps different tones and letters apart', () => {
    expect(spellingKey('học')).not.toBe(spellingKey('hóc'));
    expect(spellingKey('đời')).not.toBe(spellingKey('dời'));
    expect(spellingKey('tập')).not.toBe(spellingKey('tấp'));
  });

  it('gives an empty token (a lone dash without its punctuation) no key, unlike any word', () => {
    expect(spellingKey('')).toBe('');
    expect(spellingKey('a')).not.toBe('');
  });

  it('keys syllables as word-groups.ts keyed them before it used this function: the same ones equal, the same ones apart', () => {
    // The former syllableKey of lib/text/word-groups.ts, kept here as the reference.
    const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
    const syllableKey = (syllable: string) => {
      const decomposed = syllable.normalize('NFD').toLocaleLowerCase('vi');
      return `${decomposed.replace(TONE_MARKS, '').normalize('NFC')}${(decomposed.match(TONE_MARKS) ?? []).join('')}`;
    };
    // Every syllable of the plan, the compounds and the names, in NFC, NFD, upper case and old tone placement.
    const text = ['data/ke-hoach.txt', 'data/tu-ghep.yaml', 'data/dia-phuong.yaml', 'data/units.yaml'].map((file) => readFileSync(path.join(PROJECT_DIR, file), 'utf8')).join(' ');
    const words = text.split(/\s+/).map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''));
    const variants = [...new Set(words.flatMap((word) => [word, word.normalize('NFD'), word.toLocaleUpperCase('vi'), word.replace(/oá/g, 'óa').replace(/uý/g, 'úy')]))];
    expect(variants.length).toBeGreaterThan(1000);
    expect(variants).toContain('');
    // One key of each function for each key of the other: equal under one exactly when equal under the other.
    const pairs = new Set(variants.map((word) => `${syllableKey(word)}\u0000${spellingKey(word)}`));
    expect(new Set(variants.map(syllableKey)).size).toBe(pairs.size);
    expect(new Set(variants.map(spellingKey)).size).toBe(pairs.size);
  });
});

describe('sameSpelling', () => {
  it('matches names whatever their case, form and tone placement, and only those', () => {
    expect(sameSpelling('Thanh Hoá', 'thanh hóa')).toBe(true);
    expect(sameSpelling(' Hoằng Hóa ', 'Hoằng Hóa'.normalize('NFD'))).toBe(true);
    expect(sameSpelling('Hoàng Hóa', 'Hoằng Hóa')).toBe(false);
    expect(sameSpelling('Thanh Hóa', 'Thanh')).toBe(false);
  });
});
