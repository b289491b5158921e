import type { DateTime } from 'luxon';
import { z } from 'zod';
import { EditorError } from '../issues/editor-error.ts';
import { campaignBlockSchema } from '../site/settings.ts';
import { normalizeDeep } from '../text/normalize.ts';
import { sameSpelling } from '../text/spelling.ts';
import { ZONE } from '../time/vietnam-time.ts';
import type { Plan } from './parse-plan.ts';

/** Who runs the campaign, where and when: every page, feed, calendar, banner and file says it from here. */
export interface CampaignIdentity {
  /** "Thanh Hóa". */
  province: string;
  /** "tỉnh Thanh Hóa". */
  provinceFull: string;
  /** The plan's issuer, e.g. "Ủy ban nhân dân tỉnh Thanh Hóa" (the province's people's committee when the plan does not say). */
  issuer: string;
  /** The week's year, from the plan's dates. */
  year: number;
  /** "Tuần lễ hưởng ứng học tập suốt đời". */
  name: string;
  /** "Tuần lễ học tập suốt đời". */
  shortName: string;
  /** "Tuần lễ hưởng ứng học tập suốt đời năm 2023": the line above every banner. */
  title: string;
  /** "Tuần lễ học tập suốt đời 2023". */
  shortTitle: string;
  /** The year's theme, from the plan. */
  theme: string;
  start: DateTime;
  end: DateTime;
  /** Numeral of the plan's activities section ("III"): activity numbers are counted in it. */
  activitiesSection: string;
  /**
   * The date written into the kit's PDF and ZIP files, so builds are
   * byte-identical: the plan's own date, else a week before the week starts.
   */
  fileDate: DateTime;
}

const PROVINCIAL_ISSUER = /^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(tỉnh|thành phố)\s+(.+)$/iu;

/**
 * The province an issuer line names, when it is a provincial people's committee.
 * @example provinceOfIssuer('Ủy ban nhân dân tỉnh Hà Tĩnh') // { kind: 'tỉnh', name: 'Hà Tĩnh' }
 * @example provinceOfIssuer('Ủy ban nhân dân huyện Hoằng Hóa') // null
 */
export function provinceOfIssuer(issuer: string | null): { kind: 'tỉnh' | 'thành phố'; name: string } | null {
  const match = issuer ? PROVINCIAL_ISSUER.exec(issuer.trim()) : null;
  return match ? { kind: match[1]!.toLowerCase() as 'tỉnh' | 'thành phố', name: match[2]!.trim() } : null;
}

/**
 * The campaign's identity from the plan and the `campaign` block of
 * data/site.yaml. The province comes from the block, or from the issuer line
 * when it is "Ủy ban nhân dân tỉnh …"; a block that contradicts the plan
 * (another province, another year) fails with what to change.
 *
 * @example campaignIdentity(plan2023, { province: 'Thanh Hóa' }).title === 'Tuần lễ hưởng ứng học tập suốt đời năm 2023'
 */
export function campaignIdentity(plan: Pick<Plan, 'issuer' | 'theme' | 'start' | 'end' | 'documentDate' | 'activitiesSection'>, rawBlock: unknown): CampaignIdentity {
  const parsed = campaignBlockSchema.safeParse(normalizeDeep(rawBlock ?? {}));
  if (!parsed.success) throw new EditorError(`data/site.yaml, khối campaign không hợp lệ:\n${z.prettifyError(parsed.error)}`);
  const block = parsed.data;
  const year = plan.start.setZone(ZONE).year;
  const fromIssuer = provinceOfIssuer(plan.issuer);
  const province = block.province ?? fromIssuer?.name;
  if (!province) {
    throw new EditorError(
      `data/site.yaml: cần ghi tên tỉnh (campaign: province: …) vì cơ quan ban hành Kế hoạch${plan.issuer ? ` ("${plan.issuer}")` : ''} không cho biết tỉnh nào`,
    );
  }
  if (fromIssuer && !sameSpelling(fromIssuer.name, province)) {
    throw new EditorError(`data/site.yaml: campaign.province là "${province}" nhưng Kế hoạch do "${plan.issuer}" ban hành; sửa tên tỉnh cho khớp Kế hoạch`);
  }
  if (block.year !== undefined && block.year !== year) {
    throw new EditorError(`data/site.yaml: campaign.year là ${block.year} nhưng Tuần lễ trong Kế hoạch diễn ra năm ${year}; sửa năm (hoặc xóa dòng year để lấy năm từ Kế hoạch)`);
  }
  const kind = block.provinceKind ?? fromIssuer?.kind ?? 'tỉnh';
  const provinceFull = `${kind} ${province}`;
  return {
    province,
    provinceFull,
    issuer: plan.issuer ?? `Ủy ban nhân dân ${provinceFull}`,
    year,
    name: block.name,
    shortName: block.shortName,
    title: `${block.name} năm ${year}`,
    shortTitle: `${block.shortName} ${year}`,
    theme: plan.theme,
    start: plan.start,
    end: plan.end,
    activitiesSection: plan.activitiesSection,
    fileDate: (plan.documentDate ?? plan.start.minus({ days: 7 })).setZone(ZONE).startOf('day'),
  };
}
