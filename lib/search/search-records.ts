import type { DateTime } from 'luxon';
import type { SiteContent } from '../collections/site-content.ts';
import type { GroupPage } from '../collections/paginate.ts';
import { entryActivities, entryDistricts, entryTitle, kindLabel, listingDate, type Entry, type EventEntry, type ProfileEntry, type ResolvedImage, type StoryEntry } from '../content/entry.ts';
import type { ReferenceData } from '../content/reference.ts';
import type { Organisation } from '../collections/organisations.ts';
import type { Plan, PlanActivity } from '../plan/parse-plan.ts';
import { splitParagraphs } from '../plan/text.ts';
import { urls } from '../site/urls.ts';
import { escapeHtml } from '../text/html.ts';
import { capitalizeFirst } from '../text/normalize.ts';
import { formatDateTimeVi, formatDateVi, formatTimeSpanVi } from '../time/vietnam-time.ts';
import { activityLabel, districtLabel } from '../content/labels.ts';
import { BODY_SLOT, strokedD } from './indexed-body.ts';

/** One page of the search index: its address, the document Pagefind reads, the date it sorts by. */
export interface SearchRecord {
  url: string;
  /** A minimal Vietnamese HTML document: the searchable text, filters and result meta. */
  html: string;
  date: DateTime;
  /** The entry's Markdown body, rendered into `html` at BODY_SLOT by withBody. */
  markdown?: string;
}

/** What a record needs beyond the content: the address of a photo's thumbnail, path prefix included. */
export interface RecordContext {
  thumbnail: (photo: ResolvedImage) => string;
}


/**
 * Searchable text, escaped, with đ written as d + a combining stroke. đ has no
 * Unicode decomposition, so Pagefind, which ignores combining marks, would not
 * let `doan` find *Đoàn*; written this way the word is indexed under `doan`
 * (and its exact spelling kept for ranking). The search page turns the stroke
 * back into đ before showing text. Filter and meta values are written as they
 * are: readers see those as written.
 *
 * @example indexedText('Đoàn <b>') === 'D\u0335oàn &lt;b&gt;'
 */
export function indexedText(text: string): string {
  return strokedD(escapeHtml(text));
}

/**
 * Ranking weights (Pagefind's `data-pagefind-weight`, body text is 1): a
 * headline or a name outranks a sapo, which outranks a word in the body.
 */
const TITLE_WEIGHT = 10;
const LEAD_WEIGHT = 5;

const paragraph = (text: string | null | undefined) => (text ? `<p>${indexedText(text)}</p>` : '');
const facts = (pairs: [string, string | number | undefined][]) => pairs.map(([term, value]) => (value === undefined ? '' : paragraph(`${term}: ${value}`))).join('');
const heading = (text: string) => `<h1 data-pagefind-weight="${TITLE_WEIGHT}">${indexedText(text)}</h1>`;
const lead = (text: string | null | undefined) => (text ? `<p data-pagefind-weight="${LEAD_WEIGHT}">${indexedText(text)}</p>` : '');
const list = (items: readonly string[]) => (items.length ? `<ul>${items.map((item) => `<li>${indexedText(item)}</li>`).join('')}</ul>` : '');
const span = (attribute: string, value: string) => `<span ${attribute}>${escapeHtml(value)}</span>`;

function searchDocument(body: string, type: string, shownDate: string, filters: [string, string][] = []): string {
  const hidden = [
    span(`data-pagefind-filter="type"`, type),
    span(`data-pagefind-meta="type"`, type),
    ...filters.map(([name, value]) => span(`data-pagefind-filter="${name}"`, value)),
    span(`data-pagefind-meta="date"`, shownDate),
  ].join('');
  return `<!doctype html><html lang="vi"><body><div data-pagefind-body>${body}<div hidden data-pagefind-ignore>${hidden}</div></div></body></html>`;
}

function photo(image: ResolvedImage | undefined, context: RecordContext): string {
  if (!image) return '';
  return `<img src="${escapeHtml(context.thumbnail(image))}" alt="" data-pagefind-meta="image[src]">${paragraph(image.caption)}`;
}

function entryFilters(entry: StoryEntry | ProfileEntry | EventEntry): [string, string][] {
  return [
    ['unit', entry.unit.name],
    ...entryDistricts(entry).map((district): [string, string] => ['district', districtLabel(district)]),
    ...entryActivities(entry).map((activity): [string, string] => ['activity', activityLabel(activity)]),
  ];
}

/**
 * What a reader searches a story, profile or event by: its title, sapo or
 * quote, facts, photo caption and the whole body, the title and sapo weighted
 * above the body so headlines still rank first.
 */
export function entryRecord(entry: StoryEntry | ProfileEntry | EventEntry, reference: ReferenceData, context: RecordContext): SearchRecord {
  const date = listingDate(entry);
  const shownDate = entry.kind === 'event' && entry.allDay ? formatDateVi(date) : formatDateTimeVi(date);
  let body: string;
  switch (entry.kind) {
    case 'story':
      body = paragraph(entry.unit.name) + heading(entryTitle(entry)) + lead(entry.lead) + photo(entry.image, context) + paragraph(entry.authors.join(', ')) + BODY_SLOT;
      break;
    case 'profile':
      body =
        paragraph(kindLabel('profile')) +
        heading(entryTitle(entry)) +
        photo(entry.photo, context) +
        lead(`“${entry.quote}”`) +
        facts([
          entry.birthYear ? ['Năm sinh', entry.birthYear] : ['Tuổi', entry.age],
          ['Nghề nghiệp', entry.occupation],
          [reference.places.wording.label, entry.district.fullName],
          ['Đơn vị giới thiệu', entry.unit.name],
        ]) +
        BODY_SLOT;
      break;
    case 'event': {
      const status = entry.status === 'hủy' ? ' · Đã hủy' : entry.status === 'hoãn' ? ' · Hoãn' : '';
      body =
        paragraph(`${kindLabel('event')} · ${capitalizeFirst(entry.format)}${status}`) +
        heading(entryTitle(entry)) +
        paragraph(entry.statusNote) +
        lead(entry.description) +
        facts([
          ['Thời gian', formatTimeSpanVi(entry.start, entry.end, entry.allDay)],
          ['Địa điểm', `${entry.venue}, ${entry.address}`],
          [reference.places.wording.label, entry.district.fullName],
          ['Đơn vị tổ chức', entry.unit.name],
          ['Hình thức', capitalizeFirst(entry.format)],
        ]) +
        photo(entry.image, context) +
        BODY_SLOT;
      break;
    }
  }
  // The body is rendered on the index thread (withBody), off the thread that renders the pages.
  return { url: entry.url, html: searchDocument(body, kindLabel(entry.kind), shownDate, entryFilters(entry)), date, markdown: entry.body };
}

/** A hub's date: its newest item's, or the start of the week for an empty hub. */
function hubDate(page: GroupPage<Entry, unknown>, plan: Plan): DateTime {
  return (page.items[0] && listingDate(page.items[0])) ?? plan.start;
}

/** A /don-vi/ page: the body's tasks in the Plan and the units it gathers. */
export function organisationRecord(page: GroupPage<Entry, Organisation>, reference: ReferenceData): SearchRecord {
  const organisation = page.about;
  const unitName = (id: string) => reference.units.find((unit) => unit.id === id)?.short ?? id;
  const body =
    `<h1>${indexedText(page.title)}</h1>` +
    (organisation.body ? paragraph(`Nhiệm vụ theo Kế hoạch: ${organisation.body.requested ? 'Đề nghị ' : ''}${organisation.body.name}`) + list(organisation.body.tasks) : '') +
    (organisation.memberUnitIds.length > 1 ? paragraph(`Gồm tin, sự kiện của: ${organisation.memberUnitIds.map(unitName).join(', ')}`) : '');
  const date = hubDate(page, reference.plan);
  return { url: page.baseUrl, html: searchDocument(body, 'Đơn vị', formatDateVi(date)), date };
}

/** A /ke-hoach/hoat-dong/<n>/ page: the activity's text in the Plan. */
export function activityRecord(page: GroupPage<Entry, PlanActivity>, plan: Plan): SearchRecord {
  const body = `<h1>${indexedText(activityLabel(page.about))}</h1>` + splitParagraphs(page.about.text).map(paragraph).join('');
  const date = hubDate(page, plan);
  return { url: page.baseUrl, html: searchDocument(body, 'Hoạt động của Kế hoạch', formatDateVi(date)), date };
}

/** The plan in full: theme, dates, purposes, the nine activities and who does what. */
export function planRecord(plan: Plan): SearchRecord {
  const body = [
    paragraph(plan.issuer ?? 'Kế hoạch'),
    `<h1>Kế hoạch ${indexedText(plan.title)}</h1>`,
    facts([
      ['Chủ đề', plan.theme],
      ['Thời gian', `Từ ${formatDateVi(plan.start)} đến ${formatDateVi(plan.end)}`],
      ['Lễ khai mạc', [formatDateVi(plan.opening.date), plan.opening.time, plan.opening.place && `tại ${plan.opening.place}`].filter(Boolean).join(', ')],
    ]),
    plan.purposes.length ? `<h2>Mục đích</h2>${list(plan.purposes)}` : '',
    plan.requirements.length ? `<h2>Yêu cầu</h2>${list(plan.requirements)}` : '',
    '<h2>Các hoạt động trong Tuần lễ</h2>',
    ...plan.activities.map((activity) => `<h3>${indexedText(activityLabel(activity))}</h3>${splitParagraphs(activity.text).map(paragraph).join('')}`),
    plan.funding ? `<h2>Kinh phí</h2>${paragraph(plan.funding)}` : '',
    '<h2>Ai làm gì</h2>',
    ...plan.bodies.map((body) => `<h3>${indexedText(`${body.requested ? 'Đề nghị ' : ''}${body.name}`)}</h3>${list(body.tasks)}`),
  ].join('');
  const date = plan.documentDate ?? plan.start;
  return { url: urls.plan(), html: searchDocument(body, 'Kế hoạch', formatDateVi(date)), date };
}

/**
 * Every page the search index holds, built from the content rather than from
 * rendered pages, so Pagefind can index and write while Eleventy renders:
 * public stories, profiles and events, the Plan, its activity hubs and the
 * /don-vi/ hubs. Drafts and embargoed entries are not in the site's listings,
 * so they get no record. Addresses are site paths without the path prefix:
 * the search page gives Pagefind the site's root as its base URL.
 */
export function searchRecords(site: SiteContent, reference: ReferenceData, context: RecordContext): SearchRecord[] {
  return [
    ...[...site.stories, ...site.profiles, ...site.events].map((entry) => entryRecord(entry, reference, context)),
    planRecord(reference.plan),
    ...site.activityPages.filter((page) => page.pageNumber === 1).map((page) => activityRecord(page, reference.plan)),
    ...site.organisationPages.filter((page) => page.pageNumber === 1).map((page) => organisationRecord(page, reference)),
  ];
}
