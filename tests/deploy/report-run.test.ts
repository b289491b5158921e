import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../helpers/site-build.ts';

const SCRIPT = path.join(PROJECT_DIR, 'deploy/report-run.sh');

/**
 * Stands in for the GitHub CLI: writes each call's arguments to GH_LOG, one
 * per line, then an end-of-call line; `issue list` answers with OPEN_ISSUE,
 * as the real one does after its --jq filter.
 */
const FAKE_GH = `#!/bin/sh
for arg in "$@"; do printf '%s\\n' "$arg" >> "$GH_LOG"; done
echo '=== het lenh ===' >> "$GH_LOG"
if [ "$1 $2" = "issue list" ] && [ -n "$OPEN_ISSUE" ]; then echo "$OPEN_ISSUE"; fi
`;

describe('deploy/report-run.sh, with a stand-in for the GitHub CLI', () => {
  let bin: string;
  let log: string;

  beforeEach(() => {
    const work = mkdtempSync(path.join(tmpdir(), 'tuan-le-report-'));
    bin = path.join(work, 'bin');
    log = path.join(work, 'gh.log');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'gh'), FAKE_GH, { mode: 0o755 });
  });

  function report(result: string, openIssue = ''): { status: number | null; calls: string[][] } {
    const run = spawnSync('bash', [SCRIPT, result, 'máy chủ của tòa soạn'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: {
        PATH: `${bin}:${process.env.PATH}`,
        GH_LOG: log,
        OPEN_ISSUE: openIssue,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'toa-soan/tuan-le',
        GITHUB_RUN_ID: '4242',
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
        GITHUB_EVENT_NAME: 'schedule',
      },
    });
    const calls = existsSync(log) ? readFileSync(log, 'utf8').split('=== het lenh ===\n').filter(Boolean).map((call) => call.replace(/\n$/, '').split('\n')) : [];
    return { status: run.status, calls };
  }

  const RUN_URL = 'https://github.com/toa-soan/tuan-le/actions/runs/4242';
  const TITLE = 'Xuất bản tự động bị lỗi: máy chủ của tòa soạn';

  it('opens an issue at the first failure, with the run to read', () => {
    const { status, calls } = report('failure');
    expect(status).toBe(0);
    expect(calls.map((call) => call.slice(0, 2).join(' '))).toEqual(['label create', 'issue list', 'issue create']);
    const create = calls[2]!;
    expect(create[create.indexOf('--title') + 1]).toBe(TITLE);
    expect(create[create.indexOf('--label') + 1]).toBe('xuat-ban-loi');
    const body = create.slice(create.indexOf('--body') + 1).join('\n');
    expect(body).toContain(RUN_URL);
    expect(body).toContain('Trang đang chạy vẫn là bản xuất bản thành công gần nhất');
    expect(body).toContain('`0123456789ab`');
  });

  it('updates the open issue at a later failure instead of opening another', () => {
    const { status, calls } = report('failure', '17');
    expect(status).toBe(0);
    expect(calls.map((call) => call.slice(0, 3).join(' '))).toEqual(['label create xuat-ban-loi', 'issue list --label', 'issue edit 17']);
    expect(calls[2]!.join('\n')).toContain(RUN_URL);
  });

  it('closes the open issue at the next success, and does nothing more when none is open', () => {
    const closed = report('success', '17');
    expect(closed.status).toBe(0);
    expect(closed.calls.map((call) => call.slice(0, 3).join(' '))).toEqual(['label create xuat-ban-loi', 'issue list --label', 'issue close 17']);
    expect(closed.calls[2]!.join('\n')).toContain(`Đã xuất bản lại thành công: ${RUN_URL}`);
  });

  it('only looks when a run succeeds and nothing is open', () => {
    const { status, calls } = report('success');
    expect(status).toBe(0);
    expect(calls.map((call) => call.slice(0, 2).join(' '))).toEqual(['label create', 'issue list']);
  });

  it('refuses an unknown result', () => {
    expect(report('cancelled').status).toBe(2);
  });
});
