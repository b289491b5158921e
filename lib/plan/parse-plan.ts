import { EditorError } from '../issues/editor-error.ts';
import type { DateTime } from 'luxon';
import { capitalizeFirst } from '../text/normalize.ts';
import { slugify } from '../text/slug.ts';
import { datesIn, toDay } from './dates.ts';
import { proposeShortName } from './short-names.ts';
import { cleanPhrase, joinParagraphs, planParagraphs, type MarkerKind, type Paragraph } from './text.ts';

/** A document the plan implements ("Thực hiện Công văn số 4864/BGDĐT-GDTrX, ngày 08/9/2023 của Bộ …"). */
export interface PlanDocument {
  kind: string;
  number: string;
  date: DateTime | null;
  issuer: string;
}

/** One activity of the activities section (section III in 2023). */
export interface PlanActivity {
  id: number;
  /** The first sentence of the text, cut at 72 characters: for messages about the plan, not for readers. */
  title: string;
  /** What readers see the activity called: the editor's name from data/hoat-dong.yaml (proposed from the text until then). */
  shortName: string;
  /** The plan's full text of the activity. */
  text: string;
}

/** A body the implementation section assigns tasks to. */
export interface PlanBody {
  id: number;
  slug: string;
  name: string;
  /** "Đề nghị …": a body the issuer asks rather than instructs (mass organisations, Party bodies). */
  requested: boolean;
  tasks: string[];
}

/**
 * A dated report the plan asks for: who reports, to whom, through whom, by when.
 * Plans often have two tiers: the units report to a body (tier 1), which
 * compiles their reports for the level above by a later date (tier 2).
 */
export interface PlanReport {
  deadline: DateTime;
  /** Who reports ("các sở, ban, ngành…", "Sở Giáo dục và Đào tạo"), or null when the plan does not say. */
  from: string | null;
  /** Whom the report is sent to ("về Sở Giáo dục và Đào tạo", "báo cáo Bộ …"); empty when only `via` is named. */
  to: string[];
  /** Through whom it is sent ("(qua Sở Giáo dục và Đào tạo)"): the issuer receives it through that body. */
  via: string | null;
  /** Where the recipient sends it on, compiled ("để tổng hợp, báo cáo Bộ …, Ủy ban nhân dân tỉnh"). */
  onward: string[];
  /** 1: the units the plan addresses report; 2: a body that receives their reports compiles them for the level above. */
  tier: 1 | 2;
  /** Line of the plan where the paragraph stating it starts. */
  line: number;
  text: string;
}

/** Something missing or doubtful in the plan that does not stop the site: for editors to check. */
export interface PlanProblem {
  /** Line of the plan it concerns, when there is one. */
  line?: number;
  /** What it concerns, in Vietnamese ("số văn bản", "địa điểm Lễ khai mạc", "hoạt động 3"). */
  field: string;
  expected: string;
  got: string;
  hint?: string;
}

export interface Plan {
  issuer: string | null;
  documentNumber: string | null;
  documentDate: DateTime | null;
  place: string | null;
  title: string;
  legalBasis: { text: string; documents: PlanDocument[] };
  purposes: string[];
  requirements: string[];
  theme: string;
  start: DateTime;
  end: DateTime;
  opening: { date: DateTime; time: string | null; place: string | null };
  activities: PlanActivity[];
  /** Numeral of the activities section ("III"): activity numbers are counted in it. */
  activitiesSection: string;
  funding: string | null;
  bodies: PlanBody[];
  reports: PlanReport[];
  /** The units' deadline: the latest tier-1 report, what a unit of the site must meet. */
  reportDeadline: DateTime;
  /** The second tier: the body that compiles the units' reports, to the level above (the latest tier-2 report), if the plan dates one. */
  secondTierReport: PlanReport | null;
  signatory: { capacity: string[]; title: string; name: string } | null;
  recipients: string[];
  /** Parts that are missing, blank or doubtful but do not stop the site: for editors to check. */
  problems: PlanProblem[];
}

/** A plan that cannot be read: says which part is missing and where it was looked for. */
export class PlanParseError extends EditorError {
  constructor(message: string) {
    super(message);
    this.name = 'PlanParseError';
  }
}

interface Section {
  numeral: string;
  heading: string;
  line: number;
  paragraphs: Paragraph[];
}

const SECTION_HEADING = /^([IVXLC]+)[.)]\s+(\p{Lu}[\p{Lu}\s,;\-–&()/]*)$/u;
const SECTION_KINDS = {
  purpose: { pattern: /MỤC ĐÍCH|YÊU CẦU/u, label: 'mục đích, yêu cầu (ví dụ "I. MỤC ĐÍCH, YÊU CẦU")' },
  timing: { pattern: /THỜI GIAN|CHỦ ĐỀ/u, label: 'chủ đề và thời gian (ví dụ "II. CHỦ ĐỀ, THỜI GIAN TỔ CHỨC")' },
  activities: { pattern: /HOẠT ĐỘNG|NỘI DUNG/u, label: 'các hoạt động (ví dụ "III. CÁC HOẠT ĐỘNG TRONG TUẦN LỄ")' },
  funding: { pattern: /KINH PHÍ/u, label: 'kinh phí' },
  implementation: { pattern: /TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|TRÁCH NHIỆM/u, label: 'tổ chức thực hiện (ví dụ "V. TỔ CHỨC THỰC HIỆN")' },
} as const;
type SectionKind = keyof typeof SECTION_KINDS;

/** The document split into its parts: header, title, preamble, sections, closing, recipients, signature. */
interface Layout {
  header: Paragraph[];
  title: Paragraph[];
  preamble: Paragraph[];
  sections: Section[];
  closing: Paragraph[];
  recipients: Paragraph[];
  signature: Paragraph[];
  lastLine: number;
  /** The section of each kind found. */
  kinds: Map<SectionKind, Section>;
}

function isUpper(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

function splitLayout(paragraphs: Paragraph[]): Layout {
  const layout: Layout = { header: [], title: [], preamble: [], sections: [], closing: [], recipients: [], signature: [], lastLine: paragraphs.at(-1)?.line ?? 0, kinds: new Map() };
  let part: 'header' | 'title' | 'preamble' | 'sections' | 'closing' | 'recipients' | 'signature' = 'header';
  for (const paragraph of paragraphs) {
    const heading = SECTION_HEADING.exec(paragraph.text);
    if (part === 'header' && /^KẾ HOẠCH$/u.test(paragraph.text)) {
      part = 'title';
      continue;
    }
    if (/^Nơi nhận\s*:?$/iu.test(paragraph.text)) {
      part = 'recipients';
      continue;
    }
    if (heading && (part === 'title' || part === 'preamble' || part === 'sections')) {
      part = 'sections';
      layout.sections.push({ numeral: heading[1]!, heading: heading[2]!.trim(), line: paragraph.line, paragraphs: [] });
      continue;
    }
    if (part === 'title' && layout.title.length > 0 && !isUpper(paragraph.text)) part = 'preamble';
    if (part === 'sections' && /^Trên đây là/iu.test(paragraph.text)) part = 'closing';
    if (part === 'recipients' && !paragraph.marker) part = 'signature';
    if (part === 'sections') layout.sections.at(-1)!.paragraphs.push(paragraph);
    else layout[part].push(paragraph);
  }
  layout.kinds = sectionKinds(layout.sections);
  return layout;
}

/**
 * Each kind's section: the first one whose heading names it and that no kind
 * before it took, so "II. CHỦ ĐỀ, THỜI GIAN TỔ CHỨC CÁC HOẠT ĐỘNG" is the
 * timing section, not the activities.
 */
function sectionKinds(sections: Section[]): Map<SectionKind, Section> {
  const found = new Map<SectionKind, Section>();
  for (const kind of Object.keys(SECTION_KINDS) as SectionKind[]) {
    const taken = new Set(found.values());
    const section = sections.find((candidate) => !taken.has(candidate) && SECTION_KINDS[kind].pattern.test(candidate.heading));
    if (section) found.set(kind, section);
  }
  return found;
}

function findSection(layout: Layout, kind: SectionKind): Section | undefined {
  return layout.kinds.get(kind);
}

function requireSection(layout: Layout, kind: SectionKind): Section {
  const section = findSection(layout, kind);
  if (section) return section;
  const seen = layout.sections.map((s) => `${s.numeral}. ${s.heading} (dòng ${s.line})`).join('; ') || 'không có mục nào';
  throw new PlanParseError(
    `Kế hoạch thiếu mục ${SECTION_KINDS[kind].label}. Văn bản có ${layout.lastLine} dòng; các mục tìm thấy: ${seen}.`,
  );
}

/** A short title: the first sentence of the text without asides, cut at a word boundary. */
export function shortTitle(text: string, maxLength = 72): string {
  const firstSentence = text.split(/[;.:](?:\s|$)/)[0]!.replace(/\s*\([^)]*\)?/g, '').trim();
  if (firstSentence.length <= maxLength) return firstSentence;
  const window = firstSentence.slice(0, maxLength + 1);
  return `${window.slice(0, window.lastIndexOf(' ')).replace(/[,;\s]+$/, '')}…`;
}

/**
 * The marker of a section's list: that of the first marked paragraph, unless
 * that paragraph is a bulleted introduction ("- Căn cứ điều kiện thực tế, các
 * đơn vị…:") directly followed by a numbered list. A lone "1." over dashes
 * stays a one-item list with sub-items.
 */
function listMarker(paragraphs: Paragraph[]): MarkerKind | undefined {
  const marked = paragraphs.filter((p) => p.marker);
  const first = marked[0]?.marker;
  const numbered = marked.find((p) => p.marker === 'number' || p.marker === 'letter')?.marker;
  const introduces = (first === 'dash' || first === 'plus' || first === 'bullet') && numbered !== undefined;
  if (introduces && marked.findIndex((p) => p.marker === numbered) === 1 && marked.filter((p) => p.marker === numbered).length > 1) return numbered;
  return first;
}

/**
 * List items of a section: a new item at each paragraph marked as the list is;
 * other paragraphs (sub-bullets, continuations) belong to the item above.
 */
function listItems(paragraphs: Paragraph[]): { head: Paragraph; rest: Paragraph[] }[] {
  const topMarker = listMarker(paragraphs);
  const items: { head: Paragraph; rest: Paragraph[] }[] = [];
  for (const paragraph of paragraphs) {
    if (topMarker && paragraph.marker === topMarker) items.push({ head: paragraph, rest: [] });
    else items.at(-1)?.rest.push(paragraph);
  }
  return items;
}

function parseActivities(section: Section, problems: PlanProblem[]): PlanActivity[] {
  const items = listItems(section.paragraphs);
  if (items.length === 0) {
    throw new PlanParseError(`Mục ${section.numeral}. ${section.heading} (dòng ${section.line}) không có hoạt động nào được đánh số hoặc gạch đầu dòng`);
  }
  const activities = items.map(({ head, rest }, index) => {
    const text = joinParagraphs([head.body, ...rest.map((p) => p.text)]);
    return { id: index + 1, title: shortTitle(head.body), shortName: proposeShortName(text), text };
  });
  problems.push(...activityListProblems(section, items, activities));
  return activities;
}

/** A label that heads a part of a plan ("Chủ đề:", "Thời gian tổ chức", "IV. KINH PHÍ"), not an activity. */
function looksLikeHeading(paragraph: Paragraph): boolean {
  return /^[IVXLC]+[.)]\s/u.test(paragraph.text) || (isUpper(paragraph.body) && paragraph.body.split(' ').length <= 12) || /^(?:Chủ đề|Thời gian|Địa điểm|Mục đích|Yêu cầu|Kinh phí|Tổ chức thực hiện)\b[^.:;]{0,40}(?::|$)/iu.test(paragraph.body);
}

const quoted = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

/**
 * Signs that the activity list was split wrongly, each a problem with its line:
 * a single activity, one activity much longer than the rest, an activity that
 * is (or holds) a heading, numbering that skips or repeats.
 */
function activityListProblems(section: Section, items: { head: Paragraph; rest: Paragraph[] }[], activities: PlanActivity[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const where = `mục ${section.numeral}. ${section.heading}`;
  if (activities.length === 1) {
    problems.push({ line: items[0]!.head.line, field: 'các hoạt động', expected: `danh sách các hoạt động của ${where}`, got: 'chỉ đọc được 1 hoạt động', hint: 'xem đoạn mở đầu và cách đánh số các hoạt động' });
  }
  const lengths = activities.map((activity) => activity.text.length).sort((a, b) => a - b);
  const median = lengths[Math.floor((lengths.length - 1) / 2)]!;
  items.forEach(({ head, rest }, index) => {
    const activity = activities[index]!;
    if (activities.length >= 3 && activity.text.length > 4 * median && activity.text.length > 1200) {
      problems.push({ line: head.line, field: `hoạt động ${activity.id}`, expected: 'độ dài gần với các hoạt động khác', got: `${activity.text.length} ký tự, gấp ${Math.round(activity.text.length / median)} lần hoạt động trung bình (${median} ký tự)`, hint: 'có thể nhiều hoạt động bị gộp làm một' });
    }
    const heading = [head, ...rest].find(looksLikeHeading);
    if (heading) {
      problems.push({ line: heading.line, field: `hoạt động ${activity.id}`, expected: 'nội dung một hoạt động', got: `dòng tiêu đề ${quoted(heading.text)}`, hint: 'kiểm tra tiêu đề các mục La Mã (I., II., …)' });
    }
  });
  const numbered = items.filter(({ head }) => head.ordinal !== undefined);
  const skipped = numbered.find(({ head }, index) => head.ordinal !== index + 1);
  if (numbered.length === items.length && skipped) {
    const last = numbered.at(-1)!.head;
    const marker = (paragraph: Paragraph) => `"${paragraph.text.split(' ')[0]}"`;
    problems.push({ line: skipped.head.line, field: 'các hoạt động', expected: `các hoạt động đánh số liên tục theo thứ tự, ${items.length} hoạt động`, got: `đếm được ${items.length} hoạt động, đánh số đến ${marker(last)}, dòng ${skipped.head.line} đánh số ${marker(skipped.head)}`, hint: 'có hoạt động bị tách, gộp hoặc đánh số sai' });
  }
  return problems;
}

function tasksFrom(paragraphs: Paragraph[]): string[] {
  const tasks: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.marker === 'plus' && tasks.length > 0) tasks[tasks.length - 1] += `\n${paragraph.text}`;
    else tasks.push(paragraph.body);
  }
  return tasks;
}

function parseBodies(section: Section): PlanBody[] {
  const items = listItems(section.paragraphs);
  if (items.length === 0) throw new PlanParseError(`Mục ${section.numeral}. ${section.heading} (dòng ${section.line}) không có cơ quan, đơn vị nào được đánh số`);
  return items.map(({ head, rest }, index) => {
    let name = head.body;
    let tasks = tasksFrom(rest);
    const colon = head.body.indexOf(':');
    if (colon > 0 && colon < 120) {
      name = head.body.slice(0, colon);
      const inline = head.body
        .slice(colon + 1)
        .split(/;\s*/)
        .map((task) => task.trim().replace(/\.$/, ''))
        .filter(Boolean)
        .map(capitalizeFirst);
      tasks = [...inline, ...tasks];
    }
    const requested = /^Đề nghị\s+/u.test(name);
    name = cleanPhrase(name.replace(/^Đề nghị\s+/u, ''));
    if (tasks.length === 0) throw new PlanParseError(`Dòng ${head.line}: "${name}" không có nhiệm vụ nào`);
    return { id: index + 1, slug: slugify(name), name, requested, tasks };
  });
}

function subList(section: Section | undefined, label: RegExp): string[] {
  if (!section) return [];
  const start = section.paragraphs.findIndex((p) => p.marker === 'number' && label.test(p.body));
  if (start < 0) return [];
  const items: string[] = [];
  for (const paragraph of section.paragraphs.slice(start + 1)) {
    if (paragraph.marker === 'number') break;
    items.push(paragraph.body);
  }
  return items;
}

const DOCUMENT = /(Công văn|Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Thông tư|Hướng dẫn|Thông báo)\s+số\s+(\d[^\s,;]*)\s*,?\s*(?:ngày\s+)?(\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|[\d/]+)\s+(?:của\s+)?(.+?)(?=\s+(?:về|ban hành|hướng dẫn|thực hiện|triển khai)\s|[,;.]|$)/gu;

function parseLegalBasis(preamble: Paragraph[]): Plan['legalBasis'] {
  const text = preamble.map((p) => p.text).join('\n\n');
  const documents = [...text.matchAll(DOCUMENT)].map(([, kind, number, dateText, issuer]) => {
    const written = datesIn(dateText!.includes('tháng') ? `ngày ${dateText}` : dateText!)[0];
    return { kind: kind!, number: number!, date: (written && toDay(written)) ?? null, issuer: cleanPhrase(issuer!) };
  });
  return { text, documents };
}

const ADMIN_LEVEL = /(?:tỉnh|huyện|thành phố|thị xã|xã|phường)$/u;

function parseIssuer(layout: Layout, place: string | null): string | null {
  for (const paragraph of layout.preamble) {
    const match = /(?:^|[,;]\s*)([^,;]*?)\s+(?:ban hành|xây dựng)\s+(?:Kế hoạch|kế hoạch)/u.exec(paragraph.text);
    if (match) {
      const issuer = cleanPhrase(match[1]!);
      return place && ADMIN_LEVEL.test(issuer) ? `${issuer} ${place}` : issuer;
    }
  }
  return null;
}

function parseHeader(layout: Layout, problems: PlanProblem[]): Pick<Plan, 'documentNumber' | 'documentDate' | 'place'> {
  let documentNumber: string | null = null;
  let documentDate: DateTime | null = null;
  let place: string | null = null;
  for (const paragraph of layout.header) {
    const number = /^Số\s*:\s*(.*)$/u.exec(paragraph.text);
    if (number) {
      const value = number[1]!.trim();
      if (/^\d/.test(value)) documentNumber = value;
      else problems.push({ line: paragraph.line, field: 'số văn bản', expected: 'số và ký hiệu văn bản (ví dụ "Số: 215/KH-UBND")', got: `${quoted(paragraph.text)}, số còn để trống`, hint: 'điền khi văn bản được ban hành' });
    }
    const dated = /^([^,]+),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/u.exec(paragraph.text);
    if (dated) {
      place = dated[1]!.trim();
      const [, , day, month, year] = dated;
      documentDate = day && month ? (toDay({ day: Number(day), month: Number(month), year: Number(year), index: 0, length: 0 }) ?? null) : null;
      if (!documentDate) problems.push({ line: paragraph.line, field: 'ngày ban hành', expected: 'ngày, tháng ban hành văn bản', got: `${quoted(paragraph.text)}, ngày và tháng còn để trống`, hint: 'điền khi văn bản được ban hành' });
    }
  }
  if (!documentNumber && !problems.some((p) => p.field === 'số văn bản')) problems.push({ field: 'số văn bản', expected: 'dòng "Số: …" ở đầu văn bản', got: 'không thấy' });
  return { documentNumber, documentDate, place };
}

function parseTiming(section: Section): Pick<Plan, 'theme' | 'start' | 'end'> {
  const paragraphs = section.paragraphs;
  const themeIndex = paragraphs.findIndex((p) => /chủ đề/iu.test(p.body));
  if (themeIndex < 0) throw new PlanParseError(`Mục ${section.numeral}. ${section.heading} (dòng ${section.line}) không có chủ đề ("Chủ đề …: …")`);
  const themeParagraph = paragraphs[themeIndex]!;
  const afterColon = themeParagraph.body.includes(':') ? themeParagraph.body.slice(themeParagraph.body.indexOf(':') + 1) : '';
  const theme = cleanPhrase(afterColon || paragraphs[themeIndex + 1]?.body || '');
  if (!theme) throw new PlanParseError(`Dòng ${themeParagraph.line}: chủ đề để trống`);

  const timeParagraph = paragraphs.find((p) => /từ\s+ngày/iu.test(p.text));
  if (!timeParagraph) throw new PlanParseError(`Mục ${section.numeral}. ${section.heading} (dòng ${section.line}) không có câu "từ ngày … đến ngày …"`);
  const rangeText = timeParagraph.text.slice(timeParagraph.text.search(/từ\s+ngày/iu));
  const [startWritten, endWritten] = datesIn(rangeText);
  const where = `Dòng ${timeParagraph.line}`;
  const end = endWritten && toDay(endWritten);
  const start = startWritten && toDay(startWritten, end?.year);
  if (!start || !end) throw new PlanParseError(`${where}: không đọc được ngày bắt đầu và ngày kết thúc ("${rangeText.slice(0, 80)}")`);
  if (end < start) throw new PlanParseError(`${where}: ngày kết thúc trước ngày bắt đầu`);

  return { theme, start, end };
}

const OPENING_TIME = /(\d{1,2})\s*(?:giờ|h)\s*(\d{1,2})?|(\d{1,2}):(\d{2})/u;
/** "Địa điểm: …", "3. Địa điểm khai mạc: …", "- Địa điểm tổ chức Lễ khai mạc: …". */
const PLACE_LABEL = /^Địa điểm(?:\s+tổ chức)?(\s+(?:Lễ\s+)?khai mạc(?:\s+Tuần lễ)?)?\s*:\s*(.+)$/iu;
/** "- Thời gian: 7 giờ 30 phút, ngày 02/10/2026", "Thời gian khai mạc: …". */
const TIME_LABEL = /^Thời gian[^:]{0,30}:/iu;

function placeIn(text: string): string | null {
  const at = /(?:^|\s)tại\s+(.+?)(?:[.;]\s|[.;]?$)/u.exec(text);
  return at ? cleanPhrase(at[1]!) : null;
}

/**
 * The opening ceremony, in any of the shapes plans use, in section II (timing)
 * then III (activities): date, time and place on one line ("Lễ khai mạc … lúc
 * 7 giờ 30 phút, ngày 01/10/2024 tại …"); or the date there and the place on
 * its own line or sub-item just after ("3. Địa điểm: …", "- Thời gian: …");
 * or a sub-item naming it anywhere ("3. Địa điểm khai mạc: …").
 */
function parseOpening(sections: Section[], start: DateTime, end: DateTime, problems: PlanProblem[]): Plan['opening'] {
  let found: { paragraph: Paragraph; date: DateTime; time: string | null; place: string | null } | undefined;
  for (const { paragraphs } of sections) {
    for (const [index, paragraph] of paragraphs.entries()) {
      const at = paragraph.text.search(/khai mạc/iu);
      if (at < 0) continue;
      // The opening's own labelled lines just after it ("- Thời gian: …", "3. Địa điểm: …"), up to the next item of its list.
      const labelled: string[] = [];
      for (const next of paragraphs.slice(index + 1, index + 4)) {
        if (PLACE_LABEL.test(next.body) || TIME_LABEL.test(next.body)) labelled.push(next.body);
        else if (next.marker === paragraph.marker) break;
      }
      const whenTexts = [paragraph.text.slice(at), ...labelled.filter((text) => TIME_LABEL.test(text))];
      const dated = whenTexts.find((text) => datesIn(text).length > 0);
      if (!dated) continue;
      const time = OPENING_TIME.exec(whenTexts.find((text) => OPENING_TIME.test(text)) ?? '');
      const placeLine = labelled.map((text) => PLACE_LABEL.exec(text)?.[2]).find(Boolean);
      found = {
        paragraph,
        date: toDay(datesIn(dated)[0]!, end.year) ?? start,
        time: time ? `${(time[1] ?? time[3])!.padStart(2, '0')}:${(time[2] ?? time[4] ?? '00').padStart(2, '0')}` : null,
        place: placeIn(paragraph.text.slice(at)) ?? (placeLine ? (placeIn(placeLine) ?? cleanPhrase(placeLine)) : null),
      };
      break;
    }
    if (found) break;
  }
  const timing = sections[0]!;
  if (!found) {
    problems.push({ line: timing.line, field: 'ngày Lễ khai mạc', expected: 'câu nêu ngày Lễ khai mạc ("Lễ khai mạc … ngày …")', got: `không thấy trong mục ${timing.numeral}`, hint: 'trang lấy ngày bắt đầu Tuần lễ' });
  }
  let place = found?.place ?? null;
  if (!place) {
    // "3. Địa điểm khai mạc: …" names the opening itself, wherever it stands.
    const own = sections.flatMap((section) => section.paragraphs).map((paragraph) => PLACE_LABEL.exec(paragraph.body)).find((match) => match?.[1]);
    place = own ? cleanPhrase(own[2]!) : null;
  }
  if (!place) {
    const line = found?.paragraph.line ?? timing.line;
    problems.push({ line, field: 'địa điểm Lễ khai mạc', expected: 'địa điểm ("… tại …", "Địa điểm: …" hoặc "Địa điểm khai mạc: …")', got: 'không có trong Kế hoạch', hint: 'trang dùng địa điểm của sự kiện khai mạc, nếu có' });
  }
  return { date: found?.date ?? start, time: found?.time ?? null, place };
}

/** A paragraph that may ask for reports, with the body its list item gives tasks to (section V), if any. */
interface ReportSource {
  paragraph: Paragraph;
  body: string | null;
}

function names(text: string): string[] {
  return text
    .split(/[,;]\s*/u)
    .map(cleanPhrase)
    .filter((name) => name && !/\d/.test(name));
}

/** How the name of a body starts: a subject that does not ("Tổng hợp kết quả…") is a task, not who reports. */
const BODY_NAME = /^(?:Các|Ủy ban|UBND|Sở|Phòng|Bộ|Hội|Trường|Ban|Đoàn|Tỉnh đoàn|Báo|Đài|Trung tâm|Thư viện|Cơ quan|Đơn vị|Cơ sở)\s/u;

/**
 * One sentence asking for a report, read into its parts.
 *
 * @example readReportSentence('Các đơn vị gửi báo cáo nhanh về Sở Giáo dục và Đào tạo trước ngày 10/10/2025')
 * // { subject: 'Các đơn vị', to: ['Sở Giáo dục và Đào tạo'], via: null, onward: [] }
 * @example readReportSentence('kết thúc Tuần lễ, báo cáo kết quả (qua Sở Giáo dục và Đào tạo) trước ngày 17/10/2023 để tổng hợp, báo cáo Bộ Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh')
 * // { subject: null, to: [], via: 'Sở Giáo dục và Đào tạo', onward: ['Bộ Giáo dục và Đào tạo', 'Ủy ban nhân dân tỉnh'] }
 */
export function readReportSentence(sentence: string): { subject: string | null; to: string[]; via: string | null; onward: string[] } {
  const [main = '', ...rest] = sentence.split(/\s+trước\s+ngày\s+/u);
  const onward = /(?:^|\s)để\s+(?:.{0,60}?\s)?tổng hợp,?\s+(?:và\s+)?báo cáo\s+(.+)$/u.exec(rest.join(' '))?.[1];
  const via = /\(?\bqua\s+([^)(,;]+?)\)?(?=\s*[),;]|$)/u.exec(main)?.[1] ?? null;
  const direct = main.replace(/\s*\(qua[^)]*\)/u, '').replace(/\s+qua\s.*$/u, '');
  const about = direct.lastIndexOf(' về ');
  const named = /[Bb]áo cáo\s+(\p{Lu}.*)$/u.exec(direct)?.[1];
  const to = about >= 0 ? names(direct.slice(about + 4)) : named ? names(named) : [];
  const before = direct.split(/\s*(?:gửi\s+)?(?:tổng hợp,?\s+)?[Bb]áo cáo(?:\s|$)/u)[0]!.replace(/^(?:sau khi\s+)?kết thúc[^,]*,\s*/iu, '');
  const subject = cleanPhrase(before.replace(/^(?:Yêu cầu|Đề nghị)\s+/iu, ''));
  return { subject: BODY_NAME.test(subject) ? subject : null, to, via: via ? cleanPhrase(via) : null, onward: onward ? names(onward) : [] };
}

/** One name within the other, word for word: "Sở" is "Sở Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo" is not. */
const sameBody = (a: string, b: string) => {
  const [x, y] = [`-${slugify(a)}-`, `-${slugify(b)}-`];
  return x.includes(y) || y.includes(x);
};

function parseReports(sources: ReportSource[], fallbackYear: number): PlanReport[] {
  const reports: PlanReport[] = [];
  for (const { paragraph, body } of sources) {
    const text = cleanPhrase(paragraph.body.replace(/\.\/\.$/, ''));
    // "Yêu cầu các sở, ban, ngành… nghiêm túc triển khai…; … báo cáo …": who the whole paragraph addresses.
    const addressed = /(?:^|[.;]\s+|\s)(?:[Yy]êu cầu|[Đđ]ề nghị)\s+(.+?)\s+(?:nghiêm túc|triển khai|chủ động|tổ chức)/u.exec(text)?.[1];
    let previousFrom: string | null = null;
    for (const match of text.matchAll(/trước\s+ngày\s+/giu)) {
      const before = text.slice(0, match.index);
      if (!/báo cáo/iu.test(before)) continue;
      const written = datesIn(text.slice(match.index))[0];
      const deadline = written && toDay(written, fallbackYear);
      if (!deadline || reports.some((report) => +report.deadline === +deadline)) continue;
      const sentenceStart = Math.max(before.lastIndexOf('; '), before.lastIndexOf('. ')) + 1;
      const sentence = text.slice(sentenceStart).split(/(?<=\d{4})[.;]\s/)[0]!.trim();
      const { subject, to, via, onward } = readReportSentence(sentence);
      const from: string | null = subject ?? body ?? (addressed ? cleanPhrase(addressed.replace(/\s+và\s+đề nghị\s+/u, ', ')) : previousFrom);
      previousFrom = from;
      reports.push({ deadline, from, to, via, onward, tier: 1, line: paragraph.line, text: sentence });
    }
  }
  // A body that receives others' reports and reports on by a later date is the second tier, wherever the plan says so.
  return reports.map((report) => {
    const receivesEarlier = reports.some((other) => other.deadline < report.deadline && [...other.to, ...(other.via ? [other.via] : [])].some((receiver) => report.from && sameBody(receiver, report.from)));
    return receivesEarlier ? { ...report, tier: 2 as const } : report;
  }).sort((a, b) => +a.deadline - +b.deadline);
}

function latest(reports: PlanReport[]): PlanReport | undefined {
  return reports.reduce<PlanReport | undefined>((found, report) => (!found || report.deadline > found.deadline ? report : found), undefined);
}

function reportProblems(reports: PlanReport[]): PlanProblem[] {
  return reports
    .filter((report) => report.to.length === 0 && !report.via)
    .map((report) => ({
      line: report.line,
      field: `hạn báo cáo ${report.deadline.toFormat('dd/MM/yyyy')}`,
      expected: 'nơi nhận báo cáo ("về …", "(qua …)" hoặc "báo cáo Bộ …")',
      got: `không thấy trong câu ${quoted(report.text)}`,
    }));
}

function parseSignature(signature: Paragraph[]): Plan['signatory'] {
  const upper = signature.filter((p) => isUpper(p.text));
  const name = signature.filter((p) => !isUpper(p.text)).at(-1);
  if (upper.length === 0 || !name) return null;
  return { capacity: upper.map((p) => p.text), title: upper.at(-1)!.text, name: name.text };
}

/**
 * Reads the province's plan text (UTF-8, with or without BOM, any line ending,
 * NFC or NFD) into the data the site is built from. Throws PlanParseError naming
 * the section (and line) when a part the site needs is missing; other gaps are
 * listed in `problems`.
 */
export function parsePlan(source: string): Plan {
  const paragraphs = planParagraphs(source);
  const layout = splitLayout(paragraphs);
  if (layout.sections.length === 0) throw new PlanParseError('Không thấy mục nào đánh số La Mã (I., II., …): đây có phải văn bản Kế hoạch không?');
  const problems: PlanProblem[] = [];

  const header = parseHeader(layout, problems);
  const timingSection = requireSection(layout, 'timing');
  const activitiesSection = requireSection(layout, 'activities');
  const implementation = requireSection(layout, 'implementation');
  const timing = parseTiming(timingSection);
  const opening = parseOpening([timingSection, activitiesSection], timing.start, timing.end, problems);
  const activities = parseActivities(activitiesSection, problems);
  const bodies = parseBodies(implementation);
  const purposeSection = findSection(layout, 'purpose');
  const fundingSection = findSection(layout, 'funding');

  // A task of section V is stated by the body it is given to ("1. Sở …" / "- Tổng hợp, báo cáo Bộ … trước ngày …").
  const bodyOf = new Map(listItems(implementation.paragraphs).flatMap(({ head, rest }, index) => [head, ...rest].map((p) => [p, bodies[index]!.name] as const)));
  const sources = [...layout.sections.flatMap((s) => s.paragraphs), ...layout.closing].map((paragraph) => ({ paragraph, body: bodyOf.get(paragraph) ?? null }));
  const reports = parseReports(sources, timing.end.year);
  const unitsReport = latest(reports.filter((report) => report.tier === 1));
  if (!unitsReport) throw new PlanParseError('Kế hoạch không nêu hạn báo cáo kết quả ("báo cáo … trước ngày …")');
  problems.push(...reportProblems(reports));

  const issuer = parseIssuer(layout, header.place);
  if (!issuer) problems.push({ field: 'cơ quan ban hành', expected: 'câu "… ban hành Kế hoạch …" ở phần mở đầu', got: 'không thấy' });
  const legalBasis = parseLegalBasis(layout.preamble);
  if (legalBasis.documents.length === 0) problems.push({ field: 'văn bản căn cứ', expected: 'câu "Thực hiện Công văn số … ngày … của …"', got: 'không thấy' });
  const signatory = parseSignature(layout.signature);
  if (!signatory) problems.push({ field: 'chữ ký', expected: 'chức vụ và họ tên người ký', got: 'không thấy' });
  if (!fundingSection) problems.push({ field: 'kinh phí', expected: 'mục kinh phí ("IV. KINH PHÍ THỰC HIỆN")', got: 'không có' });

  return {
    issuer,
    ...header,
    title: layout.title.map((p) => p.text).join(' '),
    legalBasis,
    purposes: subList(purposeSection, /^Mục đích/iu),
    requirements: subList(purposeSection, /^Yêu cầu/iu),
    ...timing,
    opening,
    activities,
    activitiesSection: activitiesSection.numeral,
    funding: fundingSection ? joinParagraphs(fundingSection.paragraphs.map((p) => p.text)) || null : null,
    bodies,
    reports,
    reportDeadline: unitsReport.deadline,
    secondTierReport: latest(reports.filter((report) => report.tier === 2)) ?? null,
    signatory,
    recipients: layout.recipients.map((p) => p.body.replace(/[;.]+$/, '')),
    problems,
  };
}
