import { EditorError } from '../issues/editor-error.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { normalizeDeep } from '../text/normalize.ts';
import { requireVietnamTime, ZONE } from '../time/vietnam-time.ts';

/**
 * The `campaign` block of data/site.yaml: what the plan cannot say reliably.
 * Everything else (issuer, year, theme, dates) is read from the plan.
 */
export const campaignBlockSchema = z.strictObject(
  {
    province: z.string({ error: 'tên tỉnh như người đọc thấy, ví dụ "Thanh Hóa"' }).trim().min(1, 'tên tỉnh, không để trống').optional(),
    provinceKind: z.enum(['tỉnh', 'thành phố'], { error: '"tỉnh" hoặc "thành phố" (thành phố trực thuộc trung ương)' }).optional(),
    name: z.string({ error: 'tên Tuần lễ, không kèm năm' }).trim().min(1, 'tên Tuần lễ, không để trống').default('Tuần lễ hưởng ứng học tập suốt đời'),
    shortName: z.string({ error: 'tên ngắn của Tuần lễ, không kèm năm' }).trim().min(1, 'tên ngắn, không để trống').default('Tuần lễ học tập suốt đời'),
    year: z.number({ error: 'năm của Kế hoạch (số có 4 chữ số)' }).int().min(2000, 'năm có 4 chữ số').max(2100, 'năm có 4 chữ số').optional(),
  },
  { error: 'khối campaign: các trường province, provinceKind, name, shortName, year' },
);

export type CampaignBlock = z.infer<typeof campaignBlockSchema>;

/**
 * Pages in each part of the search index (lib/search/search-parts.ts) unless
 * data/site.yaml says `searchPagesPerPart`: about a campaign year at most,
 * within the first search's budget.
 */
export const SEARCH_PAGES_PER_PART = 4500;

const siteFileSchema = z.object({
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  description: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url(),
  pathPrefix: z.string().default('/'),
  perPage: z.number().int().positive().default(10),
  feedSize: z.number().int().positive().default(50),
  searchPagesPerPart: z.number().int().positive().default(SEARCH_PAGES_PER_PART),
  now: z.string().optional(),
  // Read with the plan into the campaign's identity (lib/plan/campaign-identity.ts); checked here so a bad block fails with the other settings.
  campaign: campaignBlockSchema.optional(),
});

export interface SiteSettings extends Omit<z.infer<typeof siteFileSchema>, 'now' | 'campaign'> {
  /** The build's "now": what is published after it is embargoed. */
  now: DateTime;
  /** A journalist's preview (`npm start`): drafts and embargoed items shown, clearly marked. Never in `npm run build`. */
  preview: boolean;
}

export type Environment = Record<string, string | undefined>;

/** "/hoc-tap-suot-doi" → "/hoc-tap-suot-doi/", "" → "/". */
export function normalizePathPrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Site settings from data/site.yaml, with SITE_URL, PATH_PREFIX and BUILD_NOW
 * from the environment taking precedence.
 */
export function resolveSettings(raw: unknown, env: Environment, clock: () => DateTime = () => DateTime.now().setZone(ZONE)): SiteSettings {
  const parsed = siteFileSchema.safeParse(normalizeDeep(raw));
  if (!parsed.success) throw new EditorError(`data/site.yaml không hợp lệ:\n${z.prettifyError(parsed.error)}`);
  const { campaign: _campaign, ...file } = parsed.data;
  const nowText = env.BUILD_NOW || file.now;
  return {
    ...file,
    url: (env.SITE_URL || file.url).replace(/\/+$/, ''),
    pathPrefix: normalizePathPrefix(env.PATH_PREFIX ?? file.pathPrefix),
    now: nowText ? requireVietnamTime(nowText, env.BUILD_NOW ? 'BUILD_NOW' : 'data/site.yaml: now') : clock(),
    preview: env.PREVIEW === '1' || env.PREVIEW === 'true',
  };
}

export function loadSettings(dataDir: string, env: Environment = process.env): SiteSettings {
  const raw: unknown = parseYaml(readFileSync(path.join(dataDir, 'site.yaml'), 'utf8'));
  return resolveSettings(raw, env);
}

/**
 * Absolute URL of a site path, under the path prefix.
 * @example absoluteUrl(settings, '/tin-tuc/') // https://example.vn/hoc-tap-suot-doi/tin-tuc/
 */
export function absoluteUrl(settings: Pick<SiteSettings, 'url' | 'pathPrefix'>, sitePath: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(sitePath)) return sitePath;
  return `${settings.url}${settings.pathPrefix}${sitePath.replace(/^\/+/, '')}`;
}
