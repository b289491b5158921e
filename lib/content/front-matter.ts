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
  | { ok: false; message: string; line?: number };

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
  try {
    data = loadCoreYaml(yamlText);
  } catch {
    const firstError = locate().errors[0];
    if (firstError) {
      const line = (firstError.linePos?.[0]?.line ?? 0) + 1;
      return { ok: false, message: `YAML hợp lệ (${YAML_PROBLEMS[firstError.code] ?? 'lỗi cú pháp'})`, line };
    }
    data = locate().toJS() ?? {};
  }
  const bodyLine = match[0].split('\n').length;
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node = locate().getIn(path.slice(0, depth) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return yamlText.slice(0, node.range[0]).split('\n').length + 1;
    }
    return undefined;
  };
  return { ok: true, data, body: text.slice(match[0].length), bodyLine, lineOf };
}

/** The YAML parser Eleventy uses for front matter, same rules as splitFrontMatter. */
export function parseFrontMatterYaml(yamlText: string): unknown {
  return loadCoreYaml(yamlText);
}
