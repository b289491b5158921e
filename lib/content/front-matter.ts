import { parseDocument } from 'yaml';

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

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits a Markdown file into YAML front matter and body. YAML is read with
 * the core schema, so `2023-10-02 09:30` stays text and is read later as
 * Vietnam time rather than as a UTC timestamp.
 */
export function splitFrontMatter(source: string): FrontMatterResult {
  const text = source.replace(/^\uFEFF/, '');
  const match = FENCE.exec(text);
  if (!match) return { ok: false, message: 'khối front matter ở đầu tệp, mở và đóng bằng dòng ---', line: 1 };
  const document = parseDocument(match[1]!);
  const firstError = document.errors[0];
  if (firstError) {
    const line = (firstError.linePos?.[0]?.line ?? 0) + 1;
    return { ok: false, message: `YAML hợp lệ (${YAML_PROBLEMS[firstError.code] ?? 'lỗi cú pháp'})`, line };
  }
  const bodyLine = match[0].split('\n').length;
  const yamlText = match[1]!;
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node = document.getIn(path.slice(0, depth) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return yamlText.slice(0, node.range[0]).split('\n').length + 1;
    }
    return undefined;
  };
  return { ok: true, data: document.toJS() ?? {}, body: text.slice(match[0].length), bodyLine, lineOf };
}

/** The YAML parser Eleventy uses for front matter, same rules as splitFrontMatter. */
export function parseFrontMatterYaml(yamlText: string): unknown {
  return parseDocument(yamlText).toJS() ?? {};
}
