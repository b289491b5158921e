import { CORE_SCHEMA, load } from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document } from 'yaml';

export type FrontMatterResult =
  | {
      ok: true;
      data: unknown;
      body: string;
      bodyLine: number;
      /** The file line where a field (or the nearest written parent of it) is. */
      lineOf: (path: readonly PropertyKey[]) => number | undefined;
    }
  | { ok: false; message: string; line?: number; body?: string; bodyLine?: number };

// The YAML mistakes journalists actually make, in their words.
const YAML_PROBLEMS: Record<string, string> = {
  MISSING_CHAR: 'thiếu dấu đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn)',
  BAD_INDENT: 'thụt lề không đều',
  BLOCK_AS_IMPLICIT_KEY: 'thụt lề hoặc dấu hai chấm sai chỗ',
  DUPLICATE_KEY: 'một trường bị ghi hai lần',
  MULTILINE_IMPLICIT_KEY: 'tên trường xuống dòng (thiếu dấu hai chấm?)',
  TAB_AS_INDENT: 'dùng phím Tab để thụt lề (hãy dùng dấu cách)',
  UNEXPECTED_TOKEN: 'ký tự không đúng chỗ',
};

// The explaining parser is loaded only when a file has to be explained.
let yamlModule: typeof import('yaml') | undefined;
const parseDocument = (text: string) => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml')).parseDocument(text);

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * YAML with the core schema (no timestamps, no merge keys): `2023-10-02 09:30`
 * stays text. Read with js-yaml, several times faster than the parser that
 * explains mistakes; throws on invalid YAML.
 */
function loadCoreYaml(yamlText: string): unknown {
  return load(yamlText, { schema: CORE_SCHEMA }) ?? {};
}

/**
 * Splits a Markdown file into YAML front matter and body. YAML is read with
 * the core schema, so `2023-10-02 09:30` stays text and is read later as
 * Vietnam time rather than as a UTC timestamp. A file whose YAML is invalid is
 * read again with a parser that says where and what is wrong; field lines are
 * looked up the same way, only when a message needs one.
 */
export function splitFrontMatter(source: string): FrontMatterResult {
  const text = source.replace(/^\uFEFF/, '');
  const match = FENCE.exec(text);
  if (!match) return { ok: false, message: 'khối front matter ở đầu tệp, mở và đóng bằng dòng ---', line: 1 };
  const yamlText = match[1]!;
  let located: Document.Parsed | undefined;
  const locate = () => (located ??= parseDocument(yamlText));
  let data: unknown;
  const bodyLine = match[0].split('\n').length;
  try {
    data = loadCoreYaml(yamlText);
  } catch {
    const firstError = locate().errors[0];
    if (firstError) {
      // The parser notices an unclosed quote or bracket where the file ends; the journalist needs the line where it opens.
      const unclosed = unclosedOpening(yamlText);
      const reported = firstError.linePos?.[0]?.line ?? 1;
      const [line, problem] = unclosed && unclosed.line <= reported ? [unclosed.line, unclosed.problem] : [reported, YAML_PROBLEMS[firstError.code] ?? 'lỗi cú pháp'];
      // Line 1 of the YAML is line 2 of the file (after ---).
      return { ok: false, message: `YAML hợp lệ (${problem})`, line: line + 1, body: text.slice(match[0].length), bodyLine };
    }
    data = locate().toJS() ?? {};
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node = locate().getIn(path.slice(0, depth) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return yamlText.slice(0, node.range[0]).split('\n').length + 1;
    }
    return undefined;
  };
  return { ok: true, data, body: text.slice(match[0].length), bodyLine, lineOf };
}

const CLOSING: Record<string, string> = { '"': 'ngoặc kép "', "'": "dấu nháy đơn '", '[': 'ngoặc vuông ]', '{': 'ngoặc nhọn }' };

/**
 * The first line of a YAML text where a quoted value or a [list] opens and is
 * not closed on the same line, with what is missing.
 *
 * @example unclosedOpening('title: "Khai mạc\nlead: Sapo') // { line: 1, problem: 'thiếu dấu đóng ngoặc kép "' }
 */
export function unclosedOpening(yamlText: string): { line: number; problem: string } | undefined {
  const lines = yamlText.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const value = /^\s*(?:-\s+)?(?:[^\s#'"[{][^:#]*:\s+|-\s*)?(.*)$/.exec(line)?.[1] ?? '';
    const opener = value[0];
    if (opener === '"' || opener === "'") {
      const rest = value.slice(1);
      const closed = opener === '"' ? /(?<!\\)"/.test(rest.replace(/\\\\/g, '')) : /'/.test(rest.replace(/''/g, ''));
      if (!closed) return { line: index + 1, problem: `thiếu dấu đóng ${CLOSING[opener]}` };
    } else if (opener === '[' || opener === '{') {
      let depth = 0;
      let quote: string | undefined;
      for (const character of value) {
        if (quote) {
          if (character === quote) quote = undefined;
        } else if (character === '"' || character === "'") quote = character;
        else if (character === '[' || character === '{') depth += 1;
        else if (character === ']' || character === '}') depth -= 1;
        else if (character === '#' && depth === 0) break;
      }
      if (depth > 0) return { line: index + 1, problem: `thiếu dấu đóng ${CLOSING[opener]}` };
    }
  }
  return undefined;
}

/** The YAML parser Eleventy uses for front matter, same rules as splitFrontMatter. */
export function parseFrontMatterYaml(yamlText: string): unknown {
  return loadCoreYaml(yamlText);
}
