/** A spot in a text worth showing a journalist. */
export interface TextFinding {
  /** 1-based line in the text. */
  line: number;
  sample: string;
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function around(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 12), index + length + 12).replace(/\s+/g, ' ').trim();
}

// TCVN3 (ABC) text read as Windows-1252/Latin-1 shows these symbols, which Vietnamese never uses.
const TCVN3 = /[¸µ¶·¹®§ª«¬\u00ad¯°±²³´½¾]/g;
// ù and õ are Vietnamese letters too (mùa, rõ): only after a vowel do they point to VNI.
const MOJIBAKE_LETTERS = /[¸µ¶·¹®§ª«¬\u00ad¯°±²³´½¾øûïöñØÛÏÖÑ]|[aeiouyâêôAEIOUYÂÊÔ][ùõÙÕ]/;
// VNI text shows a vowel followed by a tone-mark letter (aù, eà, oõ…) or ñ for đ.
const VNI = /[aeiouyâêô][ùøûõïö](?=\p{L}|\s|$)|ñ(?=[aeiouyâêô])/giu;

/**
 * Text typed with old Vietnamese encodings (TCVN3/ABC, VNI) and pasted as if
 * it were Unicode: "Tr­êng häc", "Tröôøng hoïc".
 *
 * @example findMojibake('Tröôøng hoïc')[0]?.sample // 'Tröôøng hoïc'
 */
export function findMojibake(text: string): (TextFinding & { encoding: 'TCVN3' | 'VNI' })[] {
  const found: (TextFinding & { encoding: 'TCVN3' | 'VNI' })[] = [];
  // Either encoding shows at least one of these; most Vietnamese texts have none, and the VNI pattern is slow.
  if (!MOJIBAKE_LETTERS.test(text)) return found;
  for (const [pattern, encoding] of [[TCVN3, 'TCVN3'], [VNI, 'VNI']] as const) {
    for (const match of text.matchAll(pattern)) {
      const line = lineAt(text, match.index ?? 0);
      if (found.some((other) => other.line === line && other.encoding === encoding)) continue;
      found.push({ line, sample: around(text, match.index ?? 0, match[0].length), encoding });
    }
  }
  return found;
}

const INVISIBLE: Record<string, string> = {
  '\u200b': 'dấu cách độ rộng 0 (U+200B)',
  '\u200c': 'U+200C',
  '\u200d': 'U+200D',
  '\u2060': 'U+2060',
  '\ufeff': 'BOM giữa văn bản (U+FEFF)',
  '\u00ad': 'dấu gạch nối mềm (U+00AD)',
  '\u2028': 'dấu ngắt dòng Unicode (U+2028)',
  '\u2029': 'dấu ngắt đoạn Unicode (U+2029)',
};

/** Invisible characters left by word processors and chat apps, with what each is. */
export function findInvisible(text: string): (TextFinding & { character: string })[] {
  const found: (TextFinding & { character: string })[] = [];
  // eslint-disable-next-line no-control-regex
  for (const match of text.matchAll(/[\u200b-\u200d\u2028\u2029\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)) {
    const index = match.index ?? 0;
    if (index === 0 && match[0] === '\ufeff') continue;
    const character = INVISIBLE[match[0]] ?? `ký tự điều khiển U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    found.push({ line: lineAt(text, index), sample: around(text, index, 1), character });
  }
  return found;
}

/** The first line that is not in NFC (decomposed marks), if any. */
export function firstNonNfcLine(text: string): number | undefined {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line !== line.normalize('NFC'));
  return index < 0 ? undefined : index + 1;
}
