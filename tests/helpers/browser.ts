import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveStatic, type StaticServer } from '../../lib/bench/static-server.ts';
import { CHROMIUM_PATH, launchChromium } from '../../lib/bench/chromium.ts';

/**
 * Browser tests run wherever Chromium is installed. On CI a missing browser is
 * a failure, not a skip: .ci/run installs it.
 */
export function browserAvailable(): boolean {
  const available = existsSync(CHROMIUM_PATH);
  if (!available && process.env.CI === 'true') {
    throw new Error(`CI=true nhưng không có Chromium tại ${CHROMIUM_PATH}: .ci/run phải cài gói chromium.`);
  }
  return available;
}


/** Collects console errors, uncaught exceptions and failed or 4xx/5xx requests of a page. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Lazy photos still loading when the test navigates away are cancelled, not broken.
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.push(`requestfailed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical accessibility problems axe-core finds on the open page (WCAG 2.1 AA). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.targets.slice(0, 3).join(', ')}`);
}

export interface SampleSiteSession {
  browser: Browser;
  server: StaticServer;
}

/**
 * Serves the built sample site and starts Chromium for the tests of one
 * describe block; both are closed after it. Read the session inside tests.
 */
export function useSampleSite(): SampleSiteSession {
  const session = {} as SampleSiteSession;
  beforeAll(async () => {
    session.server = await serveStatic(inject('sampleSiteDir'));
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** The phone Lighthouse emulates by default (Moto G Power) and a desktop screen. */
export const SCREENS = {
  phone: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1 },
} as const;

/**
 * The page's layout shift so far, summed like Lighthouse's CLS: every
 * `layout-shift` entry without recent input (buffered from the first paint on),
 * grouped into session windows (gaps under 1 s, at most 5 s long); the largest
 * window counts.
 */
export async function cumulativeLayoutShift(page: Page): Promise<{ cls: number; shifts: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ cls: number; shifts: string[] }>((resolve) => {
        interface Shift extends PerformanceEntry {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node | null }[];
        }
        const entries: Shift[] = [];
        const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as Shift[])));
        observer.observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in a later task.
        setTimeout(() => {
          observer.disconnect();
          const counted = entries.filter((entry) => !entry.hadRecentInput);
          let cls = 0;
          let window = 0;
          let first = 0;
          let last = 0;
          for (const entry of counted) {
            if (window > 0 && (entry.startTime - last > 1000 || entry.startTime - first > 5000)) window = 0;
            if (window === 0) first = entry.startTime;
            window += entry.value;
            last = entry.startTime;
            cls = Math.max(cls, window);
          }
          const describe = (node: Node | null | undefined) => (node instanceof Element ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}` : String(node?.nodeName));
          resolve({ cls, shifts: counted.map((entry) => `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${entry.sources.map((source) => describe(source.node)).join(', ')}`) });
        }, 200);
      }),
  );
}
