import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { ContentIssue } from '../issues/content-issue.ts';
import { EditorError } from '../issues/editor-error.ts';

/**
 * Files changed since a git revision (and files git does not track yet), as
 * project-relative paths. An unknown revision is an editor's error, in one line.
 */
export function changedFiles(root: string, revision: string): Set<string> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    git('rev-parse', '--verify', '--quiet', `${revision}^{commit}`);
  } catch {
    throw new EditorError(`Không tìm thấy phiên bản git "${revision}" (--changed cần tên nhánh, thẻ hoặc mã commit có trong kho, ví dụ origin/main).`);
  }
  return new Set(
    `${git('diff', '--name-only', '--relative', revision, '--', '.')}\n${git('ls-files', '--others', '--exclude-standard')}`
      .split('\n')
      .filter(Boolean)
      .map((file) => path.normalize(file).split(path.sep).join('/')),
  );
}

/** Issues of the changed files, and issues of other files that name a changed one (a clash, a broken link to it). */
export function onlyChanged(issues: readonly ContentIssue[], changed: ReadonlySet<string>): ContentIssue[] {
  return issues.filter((issue) => changed.has(issue.file) || (issue.hint ?? '').split(' ').some((word) => changed.has(word)));
}
