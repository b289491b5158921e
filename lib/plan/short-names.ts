import { parseDocument } from 'yaml';
import type { ContentIssue } from '../issues/content-issue.ts';
import { normalizeDeep } from '../text/normalize.ts';
import type { PlanActivity } from './parse-plan.ts';

/** The editor's short names of the plan's activities, next to the plan text in data/. */
export const SHORT_NAMES_FILE = 'hoat-dong.yaml';

/** Longest short name: with "Hoạt động 9: " and " — " plus the site's short name, a page title stays within 65 characters. */
export const SHORT_NAME_MAX = 40;

/** What `npm run plan` writes after a proposed name, for the editor to replace. */
export const REVIEW_MARK = 'cần xem lại';

/**
 * A short name proposed from an activity's text: its first clause (up to a
 * comma, semicolon, colon or full stop, asides dropped), cut at a word so that
 * it fits SHORT_NAME_MAX, without an ellipsis.
 *
 * @example proposeShortName('Tổ chức Lễ khai mạc với sự tham gia của đại diện lãnh đạo…') === 'Tổ chức Lễ khai mạc với sự tham gia của'
 */
export function proposeShortName(text: string): string {
  const clause = text.split(/[,;.:](?:\s|$)/u)[0]!.replace(/\s*\([^)]*\)?/gu, '').replace(/\s+/gu, ' ').trim();
  if (clause.length <= SHORT_NAME_MAX) return clause;
  const words = clause.slice(0, SHORT_NAME_MAX + 1).split(' ').slice(0, -1);
  // Not ending on a word that leads into the part cut off ("… với", "… của"), nor on an open quotation.
  while (words.length > 2 && TRAILING_WORDS.has(words.at(-1)!.toLocaleLowerCase('vi'))) words.pop();
  return words.join(' ').replace(/\s*[“"(][^”")]*$/u, '').trim();
}

const TRAILING_WORDS = new Set(['và', 'với', 'của', 'cho', 'các', 'những', 'trong', 'trên', 'về', 'để', 'tại', 'từ', 'đến', 'theo', 'nhằm', 'là', 'có', 'được', 'một']);

/**
 * A data/hoat-dong.yaml to start from for a new plan: one proposed name per
 * activity, each marked for review.
 *
 * @example proposedShortNamesFile([{ id: 1, text: 'Tổ chức Lễ khai mạc.' }]) // '- so: 1\n  ten: Tổ chức Lễ khai mạc # cần xem lại\n'
 */
export function proposedShortNamesFile(activities: readonly Pick<PlanActivity, 'id' | 'text'>[]): string {
  const header = `# Tên ngắn của các hoạt động trong Kế hoạch (data/ke-hoach.txt): tên trang, bộ lọc, nguồn tin, bảng báo cáo.\n# Tối đa ${SHORT_NAME_MAX} ký tự. Tên do máy đề xuất, ${REVIEW_MARK}: sửa rồi xóa ghi chú "# ${REVIEW_MARK}".\n`;
  return header + activities.map((activity) => `- so: ${activity.id}\n  ten: ${JSON.stringify(proposeShortName(activity.text))} # ${REVIEW_MARK}\n`).join('');
}

/**
 * Reads data/hoat-dong.yaml (`source` null when the file is absent) against the
 * plan's activities: a short name per activity, or errors naming the file and
 * line for a missing file or name, a duplicate number or name, a number not in
 * the plan, a name too long; a warning for a name still marked for review. An activity without a
 * valid name gets the proposed one, so the build can still report every error.
 */
export function readShortNames(source: string | null, activities: readonly PlanActivity[], file = `data/${SHORT_NAMES_FILE}`): { names: Map<number, string>; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const valid = activities.map((activity) => `${activity.id}. ${proposeShortName(activity.text)}`).join('; ');
  const at = (line: number, field: string, expected: string, got: string, hint?: string) => issues.push({ file, line, field, expected, got, ...(hint ? { hint } : {}), severity: 'error' });
  const names = new Map<number, string>();
  if (source === null) {
    at(1, 'tên ngắn hoạt động', `tệp ${file}, mỗi hoạt động một dòng "- so: …" và "ten: …"`, 'không có tệp', 'chạy npm run plan để có tên đề xuất');
  } else {
    const document = parseDocument(source);
    const lineAt = (node: unknown) => {
      const offset = (node as { range?: number[] } | undefined)?.range?.[0];
      return offset === undefined ? 1 : source.slice(0, offset).split('\n').length;
    };
    const rows: unknown = normalizeDeep(document.errors.length ? null : document.toJS());
    if (!Array.isArray(rows)) {
      at(document.errors[0]?.linePos?.[0]?.line ?? 1, 'tên ngắn hoạt động', 'danh sách "- so: <số hoạt động>" / "ten: <tên ngắn>"', document.errors.length ? 'YAML không đọc được' : 'không phải danh sách');
    } else {
      const seenNames = new Map<string, number>();
      for (const [index, row] of (rows as unknown[]).entries()) {
        const line = lineAt(document.getIn([index], true));
        const record = (row ?? {}) as { so?: unknown; ten?: unknown };
        const id = record.so;
        const name = typeof record.ten === 'string' ? record.ten.trim() : '';
        const field = `hoạt động ${String(id)}`;
        const activity = activities.find((candidate) => candidate.id === id);
        if (!activity) {
          at(line, 'so', `số một hoạt động của Kế hoạch (${valid})`, JSON.stringify(id ?? null));
          continue;
        }
        if (names.has(activity.id)) {
          at(line, field, 'mỗi hoạt động một tên', `hoạt động ${activity.id} ghi lần nữa`);
          continue;
        }
        if (!name) {
          at(line, field, 'tên ngắn (ten: …)', 'để trống');
          continue;
        }
        if (name.length > SHORT_NAME_MAX) at(line, field, `tên ngắn tối đa ${SHORT_NAME_MAX} ký tự`, `${name.length} ký tự: "${name}"`);
        const other = seenNames.get(name.toLocaleLowerCase('vi'));
        if (other !== undefined) at(line, field, 'tên khác tên các hoạt động khác', `trùng tên hoạt động ${other}: "${name}"`);
        if (new RegExp(`#\\s*${REVIEW_MARK}`, 'u').test(source.split('\n')[lineAt(document.getIn([index, 'ten'], true)) - 1] ?? '')) {
          issues.push({ file, line: lineAt(document.getIn([index, 'ten'], true)), field, expected: 'tên đã được Ban Biên tập duyệt', got: `tên đề xuất còn ghi "${REVIEW_MARK}"`, hint: `sửa tên nếu cần rồi xóa ghi chú "# ${REVIEW_MARK}"`, severity: 'warning' });
        }
        seenNames.set(name.toLocaleLowerCase('vi'), activity.id);
        names.set(activity.id, name);
      }
    }
    for (const activity of activities) {
      if (!names.has(activity.id) && !issues.some((issue) => issue.field === `hoạt động ${activity.id}`)) {
        at(1, `hoạt động ${activity.id}`, `tên ngắn cho mỗi hoạt động của Kế hoạch (${valid})`, `thiếu hoạt động ${activity.id}`);
      }
    }
  }
  return { names, issues };
}

/** The activities with their short names (the proposed one where the file gives none). */
export function withShortNames(activities: readonly PlanActivity[], names: ReadonlyMap<number, string>): PlanActivity[] {
  return activities.map((activity) => ({ ...activity, shortName: names.get(activity.id) ?? proposeShortName(activity.text) }));
}
