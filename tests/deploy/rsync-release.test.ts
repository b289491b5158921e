import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../helpers/site-build.ts';

const SCRIPT = path.join(PROJECT_DIR, 'deploy/rsync-release.sh');
const RSYNC_PATH = '/usr/bin/rsync';

/** Runs wherever rsync is installed; on CI a missing rsync is a failure: .ci/run installs it. */
function rsyncAvailable(): boolean {
  const available = existsSync(RSYNC_PATH);
  if (!available && process.env.CI === 'true') throw new Error(`CI=true nhưng không có rsync tại ${RSYNC_PATH}: .ci/run phải cài gói rsync.`);
  return available;
}

/**
 * Stands in for ssh: drops its options and the host, and runs the command
 * here, as sshd would on the server. FAIL_UPLOAD makes rsync's connection
 * fail, as a dropped network would.
 */
const FAKE_SSH = `#!/bin/sh
[ -n "$SSH_LOG" ] && printf '%s\\n' "$*" >> "$SSH_LOG"
while [ $# -gt 0 ]; do
  case "$1" in
    -i) [ -n "$SSH_LOG" ] && stat -c '%a %n' "$2" >> "$SSH_LOG" && cat "$2" >> "$SSH_LOG"; shift 2 ;;
    -p|-o|-l) shift 2 ;;
    -*) shift ;;
    *) break ;;
  esac
done
shift
case "$*" in *"rsync --server"*) [ -n "$FAIL_UPLOAD" ] && exit 255 ;; esac
exec sh -c "$*"
`;

interface Site {
  [file: string]: string | Buffer;
}

const PHOTO = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7) % 256));

const FIRST: Site = {
  'index.html': '<h1>Trang chủ, bản 1</h1>',
  '404.html': '<h1>Không tìm thấy trang</h1>',
  'nginx-headers.conf': 'add_header X-Content-Type-Options "nosniff" always;\n',
  'tin-tuc/khai-mac/index.html': '<h1>Khai mạc</h1>',
  'img/abcdEFGH12-400.avif': PHOTO,
};

describe.runIf(rsyncAvailable())('deploy/rsync-release.sh, with real rsync and a stand-in for ssh', () => {
  let work: string;
  let server: string;
  let fakeSsh: string;

  function writeSite(files: Site): string {
    const dir = mkdtempSync(path.join(work, 'site-'));
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    return dir;
  }

  function deploy(site: string, release: string, env: Record<string, string> = {}): { status: number | null; output: string } {
    const result = spawnSync('bash', [SCRIPT, site], {
      cwd: PROJECT_DIR,
      encoding: 'utf8',
      timeout: 60_000,
      // Only what the workflow gives it: no GITHUB_ACTIONS, so messages are plain lines.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DEPLOY_HOST: 'may-chu.vi-du', DEPLOY_USER: 'tuan-le', DEPLOY_PATH: server, DEPLOY_SSH: fakeSsh, DEPLOY_RELEASE: release, ...env },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  const live = (): string => readlinkSync(path.join(server, 'current'));
  const releases = (): string[] => readdirSync(path.join(server, 'releases')).sort();
  const inode = (release: string, file: string): number => statSync(path.join(server, 'releases', release, file)).ino;

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'tuan-le-deploy-'));
    server = path.join(work, 'srv');
    fakeSsh = path.join(work, 'ssh');
    writeFileSync(fakeSsh, FAKE_SSH, { mode: 0o755 });
  });

  it('publishes a first release and points current at it', { timeout: 60_000 }, () => {
    const result = deploy(writeSite(FIRST), 'r1');
    expect(result.status, result.output).toBe(0);
    expect(live()).toBe('releases/r1');
    expect(readFileSync(path.join(server, 'current/tin-tuc/khai-mac/index.html'), 'utf8')).toBe('<h1>Khai mạc</h1>');
    expect(readFileSync(path.join(server, 'current/img/abcdEFGH12-400.avif')).equals(PHOTO)).toBe(true);
  });

  it('uploads only what changed: unchanged files are hard links into the live release, deleted pages are gone', { timeout: 60_000 }, () => {
    const second = { ...FIRST, 'index.html': '<h1>Trang chủ, bản 2</h1>', 'tin-tuc/be-mac/index.html': '<h1>Bế mạc</h1>' } as Site;
    delete second['tin-tuc/khai-mac/index.html'];
    const reloaded = path.join(work, 'reloaded');
    const result = deploy(writeSite(second), 'r2', { DEPLOY_RELOAD_COMMAND: `touch ${reloaded}` });
    expect(result.status, result.output).toBe(0);
    expect(live()).toBe('releases/r2');
    expect(inode('r2', 'img/abcdEFGH12-400.avif')).toBe(inode('r1', 'img/abcdEFGH12-400.avif'));
    expect(inode('r2', 'index.html')).not.toBe(inode('r1', 'index.html'));
    expect(readFileSync(path.join(server, 'current/index.html'), 'utf8')).toBe('<h1>Trang chủ, bản 2</h1>');
    expect(existsSync(path.join(server, 'current/tin-tuc/khai-mac'))).toBe(false);
    expect(existsSync(path.join(server, 'releases/r1/tin-tuc/khai-mac/index.html'))).toBe(true);
    // The security headers did not change: the web server is not reloaded.
    expect(existsSync(reloaded)).toBe(false);
  });

  it('leaves the live site as it was when the upload fails', { timeout: 60_000 }, () => {
    const result = deploy(writeSite({ ...FIRST, 'index.html': '<h1>Bản 3</h1>' }), 'r3', { FAIL_UPLOAD: '1' });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('trang đang chạy vẫn là bản r2');
    expect(live()).toBe('releases/r2');
    expect(releases()).toEqual(['r1', 'r2']);
    expect(readFileSync(path.join(server, 'current/index.html'), 'utf8')).toBe('<h1>Trang chủ, bản 2</h1>');
  });

  it('refuses a build that did not finish, before touching the server', { timeout: 60_000 }, () => {
    const unfinished = writeSite(FIRST);
    rmSync(path.join(unfinished, '404.html'));
    const result = deploy(unfinished, 'r4');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('404.html không có');
    expect(live()).toBe('releases/r2');
    expect(readdirSync(path.join(server, 'releases'), { withFileTypes: true }).map((entry) => entry.name)).toEqual(expect.not.arrayContaining(['.r4.partial']));
  });

  it('refuses settings a remote shell would misread', { timeout: 60_000 }, () => {
    const result = deploy(writeSite(FIRST), 'r4', { DEPLOY_PATH: `${server}; rm -rf ~` });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('DEPLOY_PATH phải là đường dẫn tuyệt đối');
    expect(live()).toBe('releases/r2');
  });

  it('clears what a failed upload left, reloads the web server when the headers change, keeps the newest releases', { timeout: 60_000 }, () => {
    cpSync(path.join(server, 'releases/r2'), path.join(server, 'releases/.r4.partial'), { recursive: true });
    const reloaded = path.join(work, 'reloaded');
    const changed = { ...FIRST, 'nginx-headers.conf': 'add_header Referrer-Policy "no-referrer" always;\n' };
    const result = deploy(writeSite(changed), 'r5', { DEPLOY_RELOAD_COMMAND: `touch ${reloaded}`, DEPLOY_KEEP_RELEASES: '2' });
    expect(result.status, result.output).toBe(0);
    expect(live()).toBe('releases/r5');
    expect(existsSync(reloaded)).toBe(true);
    expect(readdirSync(path.join(server, 'releases'))).toEqual(expect.not.arrayContaining(['.r4.partial']));
    expect(releases()).toEqual(['r2', 'r5']);
  });

  it('under GitHub Actions, hands ssh the key and the known server key from the secrets, in private files removed afterwards', { timeout: 60_000 }, () => {
    // The stand-in is found as `ssh` on PATH, so the script builds its own ssh command line.
    const bin = mkdtempSync(path.join(work, 'bin-'));
    cpSync(fakeSsh, path.join(bin, 'ssh'));
    const log = path.join(work, 'ssh.log');
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nkhoa-thu\n-----END OPENSSH PRIVATE KEY-----';
    const env = { PATH: `${bin}:${process.env.PATH}`, DEPLOY_SSH: '', GITHUB_ACTIONS: 'true', DEPLOY_PORT: '2222', SSH_LOG: log };

    const refused = deploy(writeSite(FIRST), 'r6', { ...env, DEPLOY_SSH_KEY: key });
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('::error::thiếu secret DEPLOY_KNOWN_HOSTS');
    expect(existsSync(log)).toBe(false);

    const result = deploy(writeSite(FIRST), 'r6', { ...env, DEPLOY_SSH_KEY: `${key}\r\n`, DEPLOY_KNOWN_HOSTS: 'may-chu.vi-du ssh-ed25519 AAAAthu' });
    expect(result.status, result.output).toBe(0);
    expect(live()).toBe('releases/r6');
    const calls = readFileSync(log, 'utf8');
    const keyFile = /-i (\S+)/.exec(calls)?.[1];
    expect(keyFile).toBeDefined();
    expect(calls).toContain(`600 ${keyFile}\n${key}\n`);
    expect(calls).toMatch(/-p 2222 -o BatchMode=yes -o StrictHostKeyChecking=yes -i \S+ -o IdentitiesOnly=yes -o UserKnownHostsFile=\S+known_hosts tuan-le@may-chu.vi-du/);
    expect(existsSync(keyFile!)).toBe(false);
    // Nothing of the secrets reaches the log of the run.
    expect(result.output).not.toContain('khoa-thu');
    expect(result.output).not.toContain('AAAAthu');
  });

  it('says so when the headers change and no reload command is set', { timeout: 60_000 }, () => {
    const result = deploy(writeSite({ ...FIRST, 'nginx-headers.conf': 'add_header Referrer-Policy "same-origin" always;\n' }), 'r7');
    expect(result.status, result.output).toBe(0);
    expect(live()).toBe('releases/r7');
    expect(result.output).toContain('Cảnh báo: nginx-headers.conf đổi so với bản trước');
  });
});
