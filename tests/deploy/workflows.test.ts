import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEPLOY_SECRETS, DEPLOY_VARIABLES, PAGES_WORKFLOW, SERVER_WORKFLOW, settingsTable } from '../../lib/deploy/repository-settings.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKFLOWS_DIR = path.join(ROOT, '.github/workflows');
const PUBLISHING = [PAGES_WORKFLOW, SERVER_WORKFLOW];
/** Secrets GitHub provides itself: nothing to set. */
const AUTOMATIC_SECRETS = ['GITHUB_TOKEN'];

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

interface Job {
  if?: string;
  needs?: string | string[];
  'runs-on'?: string;
  container?: string;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  environment?: unknown;
  steps?: Step[];
}

interface Workflow {
  name: string;
  on: Record<string, unknown>;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

function readYaml<T>(file: string): T {
  return parse(readFileSync(file, 'utf8')) as T;
}

const workflowFiles = readdirSync(WORKFLOWS_DIR).filter((name) => /\.ya?ml$/.test(name)).sort();
const workflows = new Map(workflowFiles.map((file) => [file, readYaml<Workflow>(path.join(WORKFLOWS_DIR, file))]));

/** A job's steps, with the steps of the repository's own composite actions (`uses: ./…`) in place, and the step that used them. */
function flatSteps(steps: Step[] = []): Step[] {
  return steps.flatMap((step) => {
    if (!step.uses?.startsWith('./')) return [step];
    const action = readYaml<{ runs: { using: string; steps: Step[] } }>(path.join(ROOT, step.uses, 'action.yml'));
    expect(action.runs.using, step.uses).toBe('composite');
    return [step, ...flatSteps(action.runs.steps)];
  });
}

function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** Every text of a workflow a secret could be written into: the file itself and its local actions. */
function sources(file: string): { where: string; text: string }[] {
  const workflow = workflows.get(file)!;
  const actions = Object.values(workflow.jobs)
    .flatMap((job) => job.steps ?? [])
    .filter((step) => step.uses?.startsWith('./'))
    .map((step) => path.join(step.uses!, 'action.yml'));
  return [path.join('.github/workflows', file), ...new Set(actions)].map((where) => ({ where, text: readFileSync(path.join(ROOT, where), 'utf8') }));
}

function namesIn(text: string, context: 'secrets' | 'vars'): string[] {
  return [...text.matchAll(new RegExp(`\\b${context}\\.([A-Za-z_][A-Za-z0-9_]*)`, 'g'))].map((match) => match[1]!);
}

describe('the publishing workflows', () => {
  it('are all there, beside the pull-request check', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining([...PUBLISHING, 'kiem-tra-noi-dung.yml']));
  });

  describe.each(PUBLISHING)('%s', (file) => {
    const workflow = workflows.get(file)!;
    const jobs = Object.entries(workflow.jobs);
    const allSteps = jobs.flatMap(([jobName, job]) => flatSteps(job.steps).map((step) => ({ jobName, job, step })));
    const runIndex = (command: RegExp): number => allSteps.findIndex(({ step }) => step.run !== undefined && command.test(step.run));

    it('runs on every push to main, on a schedule of every 15 minutes, and by hand', () => {
      expect(Object.keys(workflow.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
      expect(workflow.on.push).toEqual({ branches: ['main'] });
      const schedule = workflow.on.schedule as { cron: string }[];
      expect(schedule.map((entry) => entry.cron)).toEqual(['*/15 * * * *']);
    });

    it('never runs twice at once, and never cancels a run that is publishing', () => {
      expect(workflow.concurrency?.group).toBeTruthy();
      expect(workflow.concurrency?.['cancel-in-progress']).toBe(false);
      const groups = PUBLISHING.map((other) => workflows.get(other)!.concurrency?.group);
      expect(new Set(groups).size).toBe(PUBLISHING.length);
    });

    it('starts only when its target is chosen, and its scheduled runs can be paused', () => {
      const target = file === PAGES_WORKFLOW ? 'pages' : 'rsync';
      const [first] = jobs.filter(([, job]) => needsOf(job).length === 0);
      expect(first?.[1].if).toContain(`contains(vars.DEPLOY_TARGETS, '${target}')`);
      expect(first?.[1].if).toContain("vars.SCHEDULED_BUILDS != 'false'");
      for (const [name, job] of jobs) if (job !== first?.[1]) expect(needsOf(job).length, name).toBeGreaterThan(0);
    });

    it('installs with npm ci, tests with npm test (with Debian Chromium and nginx), then builds with npm run build', () => {
      const install = runIndex(/^npm ci$/m);
      const test = runIndex(/^npm test$/m);
      const build = runIndex(/^npm run build$/m);
      expect(install).toBeGreaterThanOrEqual(0);
      expect(test).toBeGreaterThan(install);
      expect(build).toBeGreaterThan(test);
      const browsers = runIndex(/apt-get install .*\bchromium\b.*\bnginx\b/);
      expect(browsers).toBeGreaterThanOrEqual(0);
      expect(browsers).toBeLessThan(test);
      // Tests run on Debian, as .ci/run and the developers' machines: Ubuntu has no Debian chromium package.
      expect(allSteps[test]!.job.container).toMatch(/^node:20-bookworm$/);
      // Only a scheduled run of a commit that already passed skips them, on the plan job's word.
      expect(allSteps[test]!.step.if).toBe("inputs.test == 'true'");
      const uses = allSteps.find(({ step }) => step.uses === './.github/actions/kiem-thu-va-build');
      expect(uses?.step.with?.test).toBe('${{ needs.plan.outputs.test }}');
      expect(allSteps[build]!.step.if).toBeUndefined();
    });

    it('keeps .cache/ between runs, restoring the latest saved', () => {
      const restoreAt = allSteps.findIndex(({ step }) => step.uses?.startsWith('actions/cache/restore@'));
      const saveAt = allSteps.findIndex(({ step }) => step.uses?.startsWith('actions/cache/save@'));
      const build = runIndex(/^npm run build$/m);
      expect(restoreAt).toBeGreaterThanOrEqual(0);
      expect(restoreAt).toBeLessThan(build);
      expect(saveAt).toBeGreaterThan(build);
      const restore = allSteps[restoreAt]!.step;
      const save = allSteps[saveAt]!.step;
      expect(restore.with?.path).toBe('.cache');
      expect(save.with?.path).toBe('.cache');
      // A key that never matches exactly, a prefix that matches the newest entry.
      expect(restore.with?.key).toContain('${{ github.run_id }}');
      expect(restore.with?.['restore-keys']).toBe('site-cache-');
      expect(save.with?.key).toMatch(/^\$\{\{ steps\.[\w-]+\.outputs\.key \}\}$/);
    });

    it('publishes _site/ only after a successful build', () => {
      const build = runIndex(/^npm run build$/m);
      if (file === PAGES_WORKFLOW) {
        const upload = allSteps.findIndex(({ step }) => step.uses?.startsWith('actions/upload-pages-artifact@'));
        expect(upload).toBeGreaterThan(build);
        expect(allSteps[upload]!.step.with?.path).toBe('_site');
        expect(allSteps[upload]!.jobName).toBe(allSteps[build]!.jobName);
        const deploy = allSteps.find(({ step }) => step.uses?.startsWith('actions/deploy-pages@'));
        expect(deploy).toBeDefined();
        expect(needsOf(deploy!.job)).toContain(allSteps[upload]!.jobName);
        expect(deploy!.job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
        expect(deploy!.job.environment).toMatchObject({ name: 'github-pages' });
        // The project page's address and folder, from GitHub's own settings.
        const uses = allSteps.find(({ step }) => step.uses === './.github/actions/kiem-thu-va-build')!;
        expect(uses.step.with?.['site-url']).toBe('${{ steps.pages.outputs.origin }}');
        expect(uses.step.with?.['path-prefix']).toBe('${{ steps.pages.outputs.base_path }}/');
      } else {
        const upload = runIndex(/^deploy\/rsync-release\.sh _site$/m);
        expect(upload).toBeGreaterThan(build);
        expect(allSteps[upload]!.jobName).toBe(allSteps[build]!.jobName);
        // Nothing between the build and the upload lets a failed step through.
        for (const { step } of allSteps.slice(build, upload + 1)) expect(step.if ?? '', step.name).not.toMatch(/always\(\)|failure\(\)|continue-on-error/);
        expect(Object.keys(allSteps[upload]!.step.env ?? {}).sort()).toEqual(
          ['DEPLOY_HOST', 'DEPLOY_KNOWN_HOSTS', 'DEPLOY_PATH', 'DEPLOY_PORT', 'DEPLOY_RELOAD_COMMAND', 'DEPLOY_SSH_KEY', 'DEPLOY_USER'],
        );
      }
    });

    it('reports a failed run in an issue, and closes it at the next success', () => {
      const report = jobs.find(([, job]) => (job.steps ?? []).some((step) => step.run?.includes('deploy/report-run.sh')));
      expect(report).toBeDefined();
      const [, job] = report!;
      expect(job.if).toContain('always()');
      expect(job.if).toContain('!cancelled()');
      expect(job.permissions?.issues).toBe('write');
      const others = jobs.map(([name]) => name).filter((name) => name !== report![0]);
      expect(needsOf(job).sort()).toEqual(others.sort());
    });
  });
});

describe('every workflow', () => {
  describe.each(workflowFiles)('%s', (file) => {
    const workflow = workflows.get(file)!;
    const steps = Object.values(workflow.jobs).flatMap((job) => flatSteps(job.steps));

    it('pins each action by its major version tag', () => {
      for (const { uses } of steps) {
        if (uses === undefined || uses.startsWith('./')) continue;
        expect(uses).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@v\d+$/);
      }
    });

    it('hands secrets to steps only through env, and never prints them', () => {
      for (const { where, text } of sources(file)) {
        for (const [index, line] of text.split('\n').entries()) {
          if (!/\$\{\{[^}]*\bsecrets\./.test(line)) continue;
          // The whole value of one env entry, nothing else on the line.
          expect(line, `${where}:${index + 1}`).toMatch(/^\s+[A-Z][A-Z0-9_]*: \$\{\{ secrets\.[A-Z][A-Z0-9_]* \}\}$/);
        }
      }
      for (const step of steps) {
        const secretEnv = Object.entries(step.env ?? {})
          .filter(([, value]) => /\bsecrets\./.test(value))
          .map(([name]) => name);
        if (step.run === undefined) continue;
        expect(step.run, step.name).not.toMatch(/\bset -[a-z]*x|\bset -o xtrace|^\s*(env|printenv)\s*$/m);
        for (const name of secretEnv) {
          for (const line of step.run.split('\n').filter((text) => text.includes(`$${name}`) || text.includes(`\${${name}`))) {
            // Written to a file at most, never to the log or the step's outputs.
            expect(/\b(echo|printf|cat)\b/.test(line) && !/>\s*"?[^"$\s]/.test(line), `${step.name}: ${line}`).toBe(false);
            expect(line).not.toMatch(/GITHUB_(OUTPUT|ENV|STEP_SUMMARY)/);
          }
        }
      }
    });

    it('names only the secrets and variables the README documents, each read by the workflows it lists', () => {
      const text = sources(file)
        .map((source) => source.text)
        .join('\n');
      const documentedSecrets = DEPLOY_SECRETS.filter((secret) => secret.workflows.includes(file)).map((secret) => secret.name);
      expect([...new Set(namesIn(text, 'secrets'))].filter((name) => !AUTOMATIC_SECRETS.includes(name)).sort()).toEqual(documentedSecrets.sort());
      const documentedVariables = DEPLOY_VARIABLES.filter((variable) => variable.workflows.includes(file)).map((variable) => variable.name);
      expect([...new Set(namesIn(text, 'vars'))].sort()).toEqual(documentedVariables.sort());
    });
  });

  it('run scripts that never print a secret they receive', () => {
    const secrets = DEPLOY_SECRETS.map((secret) => secret.name);
    for (const script of ['deploy/rsync-release.sh', 'deploy/report-run.sh']) {
      const text = readFileSync(path.join(ROOT, script), 'utf8');
      expect(text, script).not.toMatch(/\bset -[a-z]*x|\bset -o xtrace/);
      for (const line of text.split('\n')) {
        // What a message or output command is given; the key files are written under $ssh_dir.
        const printed = /\b(say|warn|fail|echo|printf)\b.*/.exec(line)?.[0];
        if (printed === undefined || />\s*"\$ssh_dir\//.test(printed)) continue;
        for (const name of secrets) expect(printed, `${script}: ${line}`).not.toMatch(new RegExp(`\\$\\{?${name}\\b`));
      }
    }
  });
});

describe('the settings list the README mirrors', () => {
  it('names each setting once, secrets and variables apart', () => {
    const names = [...DEPLOY_SECRETS, ...DEPLOY_VARIABLES].map((setting) => setting.name);
    expect(new Set(names).size).toBe(names.length);
    for (const setting of [...DEPLOY_SECRETS, ...DEPLOY_VARIABLES]) {
      expect(setting.workflows.length, setting.name).toBeGreaterThan(0);
      for (const workflow of setting.workflows) expect(PUBLISHING, setting.name).toContain(workflow);
    }
  });

  it('renders as a Markdown table, one row per setting', () => {
    const table = settingsTable(DEPLOY_SECRETS);
    expect(table.split('\n')).toHaveLength(DEPLOY_SECRETS.length + 2);
    expect(table).toContain('| `DEPLOY_SSH_KEY` | có |');
    expect(settingsTable([{ name: 'A', workflows: [], required: true, description: 'chữ' }])).toBe('| tên | bắt buộc | ví dụ | ý nghĩa |\n|---|---|---|---|\n| `A` | có |  | chữ |');
  });
});
