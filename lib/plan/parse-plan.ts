import { EditorError } from '../check/editor-error.ts';
import type { DateTime } from 'luxon';
import { capitalizeFirst } from '../text/normalize.ts';
import { slugify } from '../text/slug.ts';
import { datesIn, toDay } from './dates.ts';
import { cleanPhrase, planParagraphs, type MarkerKind, type Paragraph } from './text.ts';

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
  /** Short title derived from the first clause of the text. */
  title: string;
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

/** A report the plan asks for: by when, through whom, to whom. */
export interface PlanReport {
  deadline: DateTime;
  from: string | null;
  via: string | null;
  to: string[];
  text: string;
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
  funding: string | null;
  bodies: PlanBody[];
  reports: PlanReport[];
  /** The deadline of the final written report (the latest one). */
  reportDeadline: DateTime;
  signatory: { capacity: string[]; title: string; name: string } | null;
  recipients: string[];
  /** Parts that are missing or blank but do not stop the site: for editors to check. */
  problems: string[];
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
}

function isUpper(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

function splitLayout(paragraphs: Paragraph[]): Layout {
  const layout: Layout = { header: [], title: [], preamble: [], sections: [], closing: [], recipients: [], signature: [], lastLine: paragraphs.at(-1)?.line ?? 0 };
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
  return layout;
}

function findSection(layout: Layout, kind: SectionKind): Section | undefined {
  return layout.sections.find((section) => SECTION_KINDS[kind].pattern.test(section.heading));
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
 * List items of a section: a new item at each paragraph marked like the first
 * marked one; other paragraphs (sub-bullets, continuations) belong to the item above.
 */
function listItems(paragraphs: Paragraph[]): { head: Paragraph; rest: Paragraph[] }[] {
  const topMarker: MarkerKind | undefined = paragraphs.find((p) => p.marker)?.marker;
  const items: { head: Paragraph; rest: Paragraph[] }[] = [];
  for (const paragraph of paragraphs) {
    if (topMarker && paragraph.marker === topMarker) items.push({ head: paragraph, rest: [] });
    else items.at(-1)?.rest.push(paragraph);
  }
  return items;
}

function parseActivities(section: Section): PlanActivity[] {
  const items = listItems(section.paragraphs);
  if (items.length === 0) {
    throw new PlanParseError(`Mục ${section.numeral}. ${section.heading} (dòng ${section.line}) không có hoạt động nào được đánh số hoặc gạch đầu dòng`);
  }
  return items.map(({ head, rest }, index) => {
    const text = [head.body, ...rest.map((p) => p.text)].join('\n\n');
    return { id: index + 1, title: shortTitle(head.body), text };
  });
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

function parseHeader(layout: Layout, problems: string[]): Pick<Plan, 'documentNumber' | 'documentDate' | 'place'> {
  let documentNumber: string | null = null;
  let documentDate: DateTime | null = null;
  let place: string | null = null;
  for (const paragraph of layout.header) {
    const number = /^Số\s*:\s*(.*)$/u.exec(paragraph.text);
    if (number) {
      const value = number[1]!.trim();
      if (/^\d/.test(value)) documentNumber = value;
      else problems.push(`Dòng ${paragraph.line}: số văn bản còn để trống ("${paragraph.text}")`);
    }
    const dated = /^([^,]+),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/u.exec(paragraph.text);
    if (dated) {
      place = dated[1]!.trim();
      const [, , day, month, year] = dated;
      documentDate = day && month ? (toDay({ day: Number(day), month: Number(month), year: Number(year), index: 0, length: 0 }) ?? null) : null;
      if (!documentDate) problems.push(`Dòng ${paragraph.line}: ngày ban hành còn để trống ("${paragraph.text}")`);
    }
  }
  if (!documentNumber && !problems.some((p) => p.includes('số văn bản'))) problems.push('Không thấy số văn bản ("Số: …")');
  return { documentNumber, documentDate, place };
}

function parseTiming(section: Section, problems: string[]): Pick<Plan, 'theme' | 'start' | 'end' | 'opening'> {
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

  const openingParagraph = paragraphs.find((p) => /khai mạc/iu.test(p.text) && datesIn(p.text.slice(p.text.search(/khai mạc/iu))).length > 0);
  let opening: Plan['opening'] = { date: start, time: null, place: null };
  if (openingParagraph) {
    const clause = openingParagraph.text.slice(openingParagraph.text.search(/khai mạc/iu));
    const written = datesIn(clause)[0]!;
    const time = /(\d{1,2})\s*(?:giờ|h)\s*(\d{1,2})?|(\d{1,2}):(\d{2})/u.exec(clause);
    const placeMatch = /\btại\s+(.+?)(?:[.;]\s|[.;]?$)/u.exec(clause);
    opening = {
      date: toDay(written, end.year) ?? start,
      time: time ? `${(time[1] ?? time[3])!.padStart(2, '0')}:${(time[2] ?? time[4] ?? '00').padStart(2, '0')}` : null,
      place: placeMatch ? cleanPhrase(placeMatch[1]!) : null,
    };
  } else {
    problems.push(`Mục ${section.numeral}: không thấy ngày Lễ khai mạc, lấy ngày bắt đầu`);
  }
  return { theme, start, end, opening };
}

/** "… báo cáo nhanh … về Sở Giáo dục và Đào tạo (qua …) trước ngày …" → "Sở Giáo dục và Đào tạo". */
function reportedTo(sentence: string): string {
  const beforeDeadline = sentence.split(/\s+trước\s+ngày/u)[0]!.replace(/\s*\(qua[^)]*\)/u, '').replace(/\s+qua\s.*$/u, '');
  const at = beforeDeadline.lastIndexOf(' về ');
  return at >= 0 ? beforeDeadline.slice(at + 4) : '';
}

function parseReports(paragraphs: Paragraph[], fallbackYear: number): PlanReport[] {
  const reports: PlanReport[] = [];
  for (const paragraph of paragraphs) {
    const text = cleanPhrase(paragraph.text.replace(/\.\/\.$/, ''));
    for (const match of text.matchAll(/trước\s+ngày\s+/giu)) {
      const before = text.slice(0, match.index);
      if (!/báo cáo/iu.test(before)) continue;
      const written = datesIn(text.slice(match.index))[0];
      const deadline = written && toDay(written, fallbackYear);
      if (!deadline || reports.some((report) => +report.deadline === +deadline)) continue;
      const sentenceStart = Math.max(before.lastIndexOf('; '), before.lastIndexOf('. ')) + 1;
      const sentence = text.slice(sentenceStart).split(/(?<=\d{4})[.;]\s/)[0]!.trim();
      const via = /\(?\bqua\s+([^)(,;]+?)\)?(?=\s+trước|\s*[),;]|$)/u.exec(sentence)?.[1] ?? null;
      const toText = /tổng hợp(?:,)?\s+báo cáo\s+(.+)$/u.exec(sentence)?.[1] ?? reportedTo(sentence);
      const from = /(?:^|[.;]\s+)(?:Yêu cầu|Đề nghị)\s+(.+?)\s+(?:nghiêm túc|triển khai|chủ động|tổ chức)/u.exec(text)?.[1] ?? null;
      reports.push({
        deadline,
        from: from ? cleanPhrase(from) : null,
        via: via ? cleanPhrase(via) : null,
        to: toText
          .split(/[,;]\s*/u)
          .map((name) => cleanPhrase(name.replace(/\s*trước\s+ngày.*$/u, '')))
          .filter((name) => name && !/\d/.test(name)),
        text: sentence,
      });
    }
  }
  return reports;
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
  const problems: string[] = [];

  const header = parseHeader(layout, problems);
  const timing = parseTiming(requireSection(layout, 'timing'), problems);
  const activities = parseActivities(requireSection(layout, 'activities'));
  const bodies = parseBodies(requireSection(layout, 'implementation'));
  const purposeSection = findSection(layout, 'purpose');
  const fundingSection = findSection(layout, 'funding');

  const reports = parseReports([...layout.sections.flatMap((s) => s.paragraphs), ...layout.closing], timing.end.year);
  if (reports.length === 0) throw new PlanParseError('Kế hoạch không nêu hạn báo cáo kết quả ("báo cáo … trước ngày …")');
  const reportDeadline = reports.reduce((latest, report) => (report.deadline > latest ? report.deadline : latest), reports[0]!.deadline);

  const issuer = parseIssuer(layout, header.place);
  if (!issuer) problems.push('Không thấy cơ quan ban hành ("… ban hành Kế hoạch …")');
  const legalBasis = parseLegalBasis(layout.preamble);
  if (legalBasis.documents.length === 0) problems.push('Không thấy văn bản căn cứ ("Thực hiện Công văn số … ngày … của …")');
  const signatory = parseSignature(layout.signature);
  if (!signatory) problems.push('Không thấy chữ ký (chức vụ và họ tên người ký)');
  if (!fundingSection) problems.push('Không có mục kinh phí');

  return {
    issuer,
    ...header,
    title: layout.title.map((p) => p.text).join(' '),
    legalBasis,
    purposes: subList(purposeSection, /^Mục đích/iu),
    requirements: subList(purposeSection, /^Yêu cầu/iu),
    ...timing,
    activities,
    funding: fundingSection ? fundingSection.paragraphs.map((p) => p.text).join('\n\n') || null : null,
    bodies,
    reports,
    reportDeadline,
    signatory,
    recipients: layout.recipients.map((p) => p.body.replace(/[;.]+$/, '')),
    problems,
  };
}
