import type { CampaignIdentity } from '../plan/campaign-identity.ts';
import { weekFooter } from './kit.ts';
import type { PdfInfo } from './render.ts';

/** Every campaign text the kit and the share cards draw or write into files: all from the campaign's identity. */
export interface KitIdentity {
  /** The line above every slogan: "Tuần lễ hưởng ứng học tập suốt đời năm 2023". */
  heading: string;
  /** The line below: "Thanh Hóa, 02–08/10/2023". */
  footer: string;
  /** Where the theme comes from, as the kit page and the zips' guides say it. */
  themeSource: string;
  /** The last line of every share card: "Tuần lễ … năm 2023 · Thanh Hóa". */
  shareFooter: string;
  /** The PDFs' author and date. */
  pdfInfo: PdfInfo;
  /** The file time inside the zips. */
  zipTime: Date;
}

/**
 * The kit's texts from the campaign's identity. The files' date is the
 * campaign's `fileDate`: 00:00 Vietnam time in the PDFs, the same calendar
 * day in the zips (whose times have no zone).
 *
 * @example kitIdentity(campaign2023).shareFooter === 'Tuần lễ hưởng ứng học tập suốt đời năm 2023 · Thanh Hóa'
 */
export function kitIdentity(campaign: CampaignIdentity): KitIdentity {
  const day = campaign.fileDate;
  return {
    heading: campaign.title,
    footer: weekFooter(campaign, campaign.province),
    themeSource: `Chủ đề Tuần lễ năm ${campaign.year}, theo Kế hoạch của ${campaign.issuer}`,
    shareFooter: `${campaign.title} · ${campaign.province}`,
    pdfInfo: { author: `${campaign.title} — ${campaign.province}`, date: day.toJSDate() },
    zipTime: new Date(Date.UTC(day.year, day.month - 1, day.day)),
  };
}
