import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { missingCharacters, describeCharacter } from '../banners/coverage.ts';
import { kitFitProblems } from '../banners/kit.ts';
import { kitIdentity } from '../banners/kit-identity.ts';
import { titleCanFit } from '../banners/share-image.ts';
import { FONT_FILES } from '../banners/render.ts';
import { parseSlogans, SLOGANS_FILE, type Slogan } from '../banners/slogans.ts';
import { COMPOUNDS_FILE, parseCompounds, referenceNames } from '../banners/compounds.ts';
import { kindLabel, LISTED_KINDS, titleField } from '../content/entry.ts';
import type { ContentFile } from '../content/load.ts';
import type { ContentIssue } from '../issues/content-issue.ts';
import type { ReferenceData } from '../content/reference.ts';
import { PLAN_FILE } from '../content/reference.ts';
import { toNfc } from '../text/normalize.ts';
import { makeLexicon, wordGroups, type Lexicon } from '../text/word-groups.ts';

function lineIn(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

/** A data file of the kit, read and checked: its items, the line of a field, or the problems of the file. */
function readDataList<T>(
  dataDir: string,
  name: string,
  what: { field: string; missing?: string; expected: string },
  parse: (raw: unknown, file: string) => T[],
): { items: T[]; lineOf: (fieldPath: (string | number)[]) => number; issues: ContentIssue[] } {
  const file = `data/${name}`;
  const full = path.join(dataDir, name);
  const at = { file, field: what.field, severity: 'error' as const };
  const none = { items: [], lineOf: () => 1 };
  if (!existsSync(full)) return { ...none, issues: what.missing ? [{ ...at, line: 1, expected: what.missing, got: 'không có tệp' }] : [] };
  const source = readFileSync(full, 'utf8');
  const document = parseDocument(source);
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : source.slice(0, offset).split('\n').length);
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    return { ...none, issues: [{ ...at, line: error.linePos?.[0]?.line ?? 1, expected: 'YAML hợp lệ', got: 'nội dung không đọc được' }] };
  }
  const lineOf = (fieldPath: (string | number)[]) => lineAt((document.getIn(fieldPath, true) as { range?: number[] } | undefined)?.range?.[0]);
  try {
    return { items: parse(document.toJS(), file), lineOf, issues: [] };
  } catch (error) {
    return { ...none, issues: [{ ...at, line: 1, expected: what.expected, got: (error as Error).message.split('\n').slice(1).join('; ').trim() }] };
  }
}

/** data/slogans.yaml read and checked: its slogans with the line of each text, or the problems of the file. */
export function readSlogans(dataDir: string): { slogans: (Slogan & { line: number })[]; issues: ContentIssue[] } {
  const { items, lineOf, issues } = readDataList(
    dataDir,
    SLOGANS_FILE,
    { field: 'khẩu hiệu', missing: 'danh sách khẩu hiệu (text, source, verified) cho bộ nhận diện', expected: 'danh sách khẩu hiệu hợp lệ' },
    parseSlogans,
  );
  return { slogans: items.map((slogan, index) => ({ ...slogan, line: lineOf([index, 'text']) })), issues };
}

/**
 * The lexicon banners and share cards are set with (data/tu-ghep.yaml and the
 * reference names), and the problems of data/tu-ghep.yaml: with a broken
 * list, texts are checked with the names alone.
 */
export function readLexicon(dataDir: string, reference: ReferenceData): { lexicon: Lexicon; issues: ContentIssue[] } {
  const { items, issues } = readDataList(dataDir, COMPOUNDS_FILE, { field: 'từ ghép', expected: 'danh sách từ ghép hợp lệ' }, parseCompounds);
  return { lexicon: makeLexicon({ compounds: items, names: referenceNames(reference) }), issues };
}

/** A text a banner or share card draws, with where it is written (its line looked up only when reported). */
interface WrittenText {
  file: string;
  line: () => number;
  field: string;
  text: string;
}

/** The kit's own texts: the plan's theme and each slogan (with whether it is verified, so drawn in the kit). */
function kitTexts(reference: ReferenceData, dataDir: string, slogans: readonly (Slogan & { line: number })[]): (WrittenText & { inKit: boolean })[] {
  const planText = toNfc(readFileSync(path.join(dataDir, PLAN_FILE), 'utf8'));
  return [
    { file: `data/${PLAN_FILE}`, line: () => lineIn(planText, reference.plan.theme), field: 'chủ đề', text: reference.plan.theme, inKit: true },
    ...slogans.map((slogan, index) => ({ file: `data/${SLOGANS_FILE}`, line: () => slogan.line, field: `khẩu hiệu thứ ${index + 1}`, text: slogan.text, inKit: slogan.verified })),
  ];
}

/** The title (a profile's name) of every story, profile and event as written, even when another field of the file is wrong. */
function shareTitles(files: readonly ContentFile[]): WrittenText[] {
  return files.flatMap((file): WrittenText[] => {
    if (file.kind === 'page' || !file.data) return [];
    const field = titleField(file.kind);
    const text = file.data[field];
    return typeof text === 'string' ? [{ file: file.file, line: () => file.lineOf([field]), field, text }] : [];
  });
}

/**
 * Characters the banner and share-card fonts cannot draw, in every text that
 * goes on one: the plan's theme, the slogans, the kit's fixed lines and the
 * title of every story, profile and event.
 */
export function fontIssues(files: readonly ContentFile[], reference: ReferenceData, dataDir: string, slogans: readonly (Slogan & { line: number })[]): ContentIssue[] {
  const bold = FONT_FILES.extraBold;
  const identity = kitIdentity(reference.campaign);
  const texts: (WrittenText & { font: string })[] = [
    { file: `data/${PLAN_FILE}`, line: () => 1, field: 'dòng cuối bộ nhận diện', text: identity.footer, font: FONT_FILES.medium },
    { file: 'data/site.yaml', line: () => 1, field: 'dòng tiêu đề bộ nhận diện', text: identity.heading, font: bold },
    { file: 'data/site.yaml', line: () => 1, field: 'dòng cuối ảnh chia sẻ', text: identity.shareFooter, font: FONT_FILES.medium },
    ...LISTED_KINDS.map((kind) => ({ file: 'lib/content/entry.ts', line: () => 1, field: 'nhãn ảnh chia sẻ', text: kindLabel(kind), font: bold })),
    ...[...kitTexts(reference, dataDir, slogans), ...shareTitles(files)].map((text) => ({ ...text, font: bold })),
  ];
  return texts.flatMap(({ file, line, field, text, font }) => {
    const missing = missingCharacters(text, [font]);
    if (missing.length === 0) return [];
    return [{ file, line: line(), field, expected: 'chữ mà phông Be Vietnam Pro của ảnh chia sẻ và băng rôn vẽ được', got: missing.map(describeCharacter).join(', '), hint: 'bỏ biểu tượng cảm xúc, ký tự ẩn hoặc chữ nước ngoài khỏi dòng này', severity: 'error' as const }];
  });
}

/**
 * Texts that cannot be set at all: a verified slogan or the theme too long for
 * a banner format at its smallest readable size (without breaking a compound
 * or a name), a title whose first word group is wider than a share card. Each
 * named with its file and line.
 */
export async function fitIssues(
  files: readonly ContentFile[],
  reference: ReferenceData,
  dataDir: string,
  slogans: readonly (Slogan & { line: number })[],
  lexicon: Lexicon,
): Promise<ContentIssue[]> {
  const inKit = kitTexts(reference, dataDir, slogans).filter((text) => text.inKit);
  const identity = kitIdentity(reference.campaign);
  const problems = await kitFitProblems(inKit.map(({ text }) => text), identity.footer, { lexicon, heading: identity.heading });
  const issues: ContentIssue[] = inKit.flatMap(({ file, line, field, text }) => {
    const formats = problems.filter((problem) => problem.text === text).map(({ format }) => `${format.name} (cỡ chữ nhỏ nhất ${format.minFontSize} px)`);
    return formats.length
      ? [{ file, line: line(), field, expected: 'câu đặt vừa mọi khổ của bộ nhận diện', got: `"${toNfc(text)}"`, hint: `không vừa khổ ${formats.join(', ')} (kể cả khi chỉ xuống dòng giữa các từ, không tách từ ghép); rút gọn câu`, severity: 'error' as const }]
      : [];
  });
  for (const { file, line, field, text } of shareTitles(files)) {
    if (!(await titleCanFit(text, lexicon))) {
      const first = wordGroups(text, lexicon).groups[0];
      issues.push({ file, line: line(), field, expected: 'chữ đặt vừa ảnh chia sẻ 1200 × 630 (từ đầu tiên không quá dài)', got: `"${first}"`, hint: 'tách từ đầu tiên hoặc bỏ đường dẫn khỏi tiêu đề', severity: 'error' });
    }
  }
  return issues;
}
