import { DateTime } from 'luxon';
import { toNfc } from '../text/normalize.ts';
import { ZONE } from '../time/vietnam-time.ts';

/** One numbered activity of the plan's activities section (section III in 2023). */
export interface PlanActivity {
  id: number;
  /** Short title derived from the first clause of the text. */
  title: string;
  text: string;
}

export interface Plan {
  title: string;
  theme: string;
  start: DateTime;
  end: DateTime;
  opening: DateTime;
  reportDeadline: DateTime;
  activities: PlanActivity[];
}

/** A plan that cannot be read: says which part is missing and where it was looked for. */
export class PlanParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanParseError';
  }
}

interface Paragraph {
  text: string;
  line: number;
}

interface Section {
  numeral: string;
  heading: string;
  line: number;
  paragraphs: Paragraph[];
}

/**
 * Paragraphs of the plan, one per non-empty line, with page-break artefacts
 * rejoined: a line that starts in lower case after a blank line continues
 * the previous paragraph ("phần mềm" / "mô phỏng").
 */
export function planParagraphs(source: string): Paragraph[] {
  const lines = toNfc(source.replace(/^\uFEFF/, '')).split(/\r\n|\r|\n/);
  const paragraphs: Paragraph[] = [];
  lines.forEach((raw, index) => {
    const text = raw.trim();
    if (!text) return;
    const previous = paragraphs.at(-1);
    if (previous && /^\p{Ll}/u.test(text) && !/[.:;!?]$/.test(previous.text)) {
      previous.text = `${previous.text} ${text}`;
    } else {
      paragraphs.push({ text, line: index + 1 });
    }
  });
  return paragraphs;
}

const SECTION_HEADING = /^([IVXLC]+)\.\s+(\p{Lu}[\p{Lu}\s,;\-–&()]*)$/u;

function splitSections(paragraphs: Paragraph[]): Section[] {
  const sections: Section[] = [];
  for (const paragraph of paragraphs) {
    const match = SECTION_HEADING.exec(paragraph.text);
    if (match) {
      sections.push({ numeral: match[1]!, heading: match[2]!.trim(), line: paragraph.line, paragraphs: [] });
    } else {
      sections.at(-1)?.paragraphs.push(paragraph);
    }
  }
  return sections;
}

function findSection(sections: Section[], keyword: RegExp, description: string): Section {
  const section = sections.find((candidate) => keyword.test(candidate.heading));
  if (!section) {
    const seen = sections.map((s) => `${s.numeral}. ${s.heading} (dòng ${s.line})`).join('; ') || 'không có mục nào';
    throw new PlanParseError(`Kế hoạch thiếu mục ${description}. Các mục tìm thấy: ${seen}`);
  }
  return section;
}

const DATE_NUMERIC = /(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?/;
const DATE_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/;

interface DateMatch {
  day: number;
  month: number;
  year?: number;
  index: number;
}

function datesIn(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const pattern of [DATE_NUMERIC, DATE_WORDS]) {
    const global = new RegExp(pattern.source, 'g');
    for (const match of text.matchAll(global)) {
      const [, day, month, year] = match;
      found.push({ day: Number(day), month: Number(month), year: year ? Number(year) : undefined, index: match.index ?? 0 });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function toDate(date: DateMatch, fallbackYear: number | undefined, where: string): DateTime {
  const year = date.year ?? fallbackYear;
  const value = year ? DateTime.fromObject({ year, month: date.month, day: date.day }, { zone: ZONE }) : undefined;
  if (!value?.isValid) throw new PlanParseError(`${where}: ngày ${date.day}/${date.month} không hợp lệ hoặc thiếu năm`);
  return value;
}

function stripEmphasis(text: string): string {
  return text.replace(/[*_]+/g, '').trim();
}

/** A short title: the first sentence of the activity text without asides, cut at a word boundary. */
export function shortTitle(text: string, maxLength = 72): string {
  const firstSentence = text.split(/[;.:](?:\s|$)/)[0]!.replace(/\s*\([^)]*\)?/g, '').trim();
  if (firstSentence.length <= maxLength) return firstSentence;
  const window = firstSentence.slice(0, maxLength + 1);
  return `${window.slice(0, window.lastIndexOf(' ')).replace(/[,;\s]+$/, '')}…`;
}

const ITEM = /^(?:(\d+)[.)]|([a-zđ])\)|[-+•])\s+(.*)$/u;

function parseActivities(section: Section): PlanActivity[] {
  const activities: PlanActivity[] = [];
  for (const paragraph of section.paragraphs) {
    const match = ITEM.exec(paragraph.text);
    if (match) {
      activities.push({ id: activities.length + 1, title: '', text: match[3]!.trim() });
    } else if (activities.length > 0) {
      activities.at(-1)!.text += `\n\n${paragraph.text}`;
    }
  }
  if (activities.length === 0) {
    throw new PlanParseError(`Mục ${section.numeral}. ${section.heading} (dòng ${section.line}) không có hoạt động đánh số nào`);
  }
  return activities.map((activity) => ({ ...activity, title: shortTitle(activity.text) }));
}

/**
 * Reads the province's plan text (UTF-8, with or without BOM, any line ending,
 * NFC or NFD) into the data the site is built from.
 */
export function parsePlan(source: string): Plan {
  const paragraphs = planParagraphs(source);
  const sections = splitSections(paragraphs);
  const title = paragraphs.find((p, i) => /^KẾ HOẠCH$/u.test(paragraphs[i - 1]?.text ?? '') && p.text)?.text ?? '';

  const timing = findSection(sections, /THỜI GIAN/u, 'chủ đề và thời gian (ví dụ "II. CHỦ ĐỀ, THỜI GIAN TỔ CHỨC")');
  const themeParagraph = timing.paragraphs.find((p) => /chủ đề/iu.test(p.text) && p.text.includes(':'));
  if (!themeParagraph) throw new PlanParseError(`Mục ${timing.numeral} (dòng ${timing.line}) không có dòng "Chủ đề …: …"`);
  const theme = stripEmphasis(themeParagraph.text.slice(themeParagraph.text.indexOf(':') + 1)).replace(/\.$/, '');

  const timeParagraph = timing.paragraphs.find((p) => /từ\s+ngày/iu.test(p.text));
  if (!timeParagraph) throw new PlanParseError(`Mục ${timing.numeral} (dòng ${timing.line}) không có câu "từ ngày … đến ngày …"`);
  const where = `Dòng ${timeParagraph.line}`;
  const rangeText = timeParagraph.text.slice(timeParagraph.text.search(/từ\s+ngày/iu));
  const [startMatch, endMatch] = datesIn(rangeText);
  if (!startMatch || !endMatch) throw new PlanParseError(`${where}: thiếu ngày bắt đầu hoặc ngày kết thúc`);
  const end = toDate(endMatch, undefined, where);
  const start = toDate(startMatch, end.year, where);
  const openingText = timeParagraph.text.slice(timeParagraph.text.search(/khai mạc/iu));
  const openingMatch = /khai mạc/iu.test(timeParagraph.text) ? datesIn(openingText)[0] : undefined;
  const opening = openingMatch ? toDate(openingMatch, end.year, where) : start;

  const activities = parseActivities(findSection(sections, /HOẠT ĐỘNG/u, 'các hoạt động (ví dụ "III. CÁC HOẠT ĐỘNG TRONG TUẦN LỄ")'));

  const deadlineParagraph = [...paragraphs].reverse().find((p) => /báo cáo/iu.test(p.text) && /trước ngày/iu.test(p.text));
  if (!deadlineParagraph) throw new PlanParseError('Kế hoạch không nêu hạn báo cáo ("báo cáo … trước ngày …")');
  const deadlineText = stripEmphasis(deadlineParagraph.text.slice(deadlineParagraph.text.search(/trước ngày/iu)));
  const deadlineMatch = datesIn(deadlineText)[0];
  if (!deadlineMatch) throw new PlanParseError(`Dòng ${deadlineParagraph.line}: không đọc được hạn báo cáo`);
  const reportDeadline = toDate(deadlineMatch, end.year, `Dòng ${deadlineParagraph.line}`);

  return { title, theme, start, end, opening, reportDeadline, activities };
}
