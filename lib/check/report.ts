import type { ContentIssue } from '../issues/content-issue.ts';
import { describeIssue, formatIssue } from '../issues/content-issue.ts';

const LABEL: Record<ContentIssue['severity'], string> = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'LƯU Ý' };

/** The check's findings for a person: grouped by file, then a one-line summary. */
export function checkReport(issues: readonly ContentIssue[], filesChecked: number): string {
  const lines: string[] = [];
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  for (const [file, own] of byFile) {
    lines.push(file);
    for (const issue of own) lines.push(`  ${LABEL[issue.severity]}${issue.line ? ` dòng ${issue.line}` : ''}: ${describeIssue(issue)}`);
  }
  const count = (severity: ContentIssue['severity']) => issues.filter((issue) => issue.severity === severity).length;
  const errors = count('error');
  lines.push(
    errors
      ? `\nCó ${errors} lỗi, ${count('warning')} cảnh báo trong ${filesChecked} tệp đã kiểm tra. Sửa các lỗi trước khi gửi bài.`
      : `\nKhông có lỗi trong ${filesChecked} tệp đã kiểm tra${count('warning') ? ` (${count('warning')} cảnh báo)` : ''}.`,
  );
  return lines.join('\n');
}

/** The same findings for tools: one object per issue, with the text a person would read. */
export function checkJson(issues: readonly ContentIssue[], filesChecked: number): string {
  return JSON.stringify(
    {
      ok: !issues.some((issue) => issue.severity === 'error'),
      filesChecked,
      errors: issues.filter((issue) => issue.severity === 'error').length,
      warnings: issues.filter((issue) => issue.severity === 'warning').length,
      issues: issues.map((issue) => ({ ...issue, message: formatIssue(issue) })),
    },
    null,
    2,
  );
}
