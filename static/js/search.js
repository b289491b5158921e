// The search page (/tim-kiem/): Pagefind's JS API with Vietnamese query expansion,
// filters with Vietnamese labels, sorting, a shareable URL and a live status line.
import { cleanQuery, containsExactly, finishedWords, hasMarks, pagefindQuery, restoreD } from './query-variants.js';

const PAGE_SIZE = 10;
/**
 * How long typing must pause before a search runs. Results come this much after the last key at the
 * least; shorter, a reader typing at an ordinary pace would set off a search (and its downloads) for
 * every unfinished word.
 */
const TYPING_PAUSE_MS = 200;
const FILTERS = [
  ['type', 'loai'],
  ['unit', 'don-vi'],
  ['district', 'dia-phuong'],
  ['activity', 'hoat-dong'],
];

const form = document.getElementById('search-form');
const input = document.getElementById('search-q');
const sortSelect = document.getElementById('search-sort');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');
const older = document.getElementById('search-older');
const selects = Object.fromEntries(FILTERS.map(([key]) => [key, document.getElementById(`search-filter-${key}`)]));

const siteRoot = new URL('../', import.meta.url).pathname;
/** The search bundle the build writes (lib/search/search-index.ts): Pagefind, its index and our lists. */
const bundle = new URL('../pagefind/', import.meta.url);
const pagefind = await import(new URL('pagefind.js', bundle).href);
// Pagefind searches in its worker (12 KB more on the first search): on the page's own thread its
// WebAssembly blocked taps and scrolling for 0.6–1.1 s on a slow phone (Lighthouse, total blocking time).
await pagefind.options({ baseUrl: siteRoot, excerptLength: 24 });
pagefind.init();

// The index's older parts (lib/search/search-parts.ts): searched only once the reader asks, so a first
// search downloads the words of the newest pages, not of the whole archive.
const parts = fetch(new URL('cac-phan.json', bundle))
  .then((response) => response.json())
  .catch(() => ({ pages: 0, older: [] }));
let olderIncluded = false;

/** "02/10/2023" from "2023-10-02T…". */
const dayVi = (iso) => iso.slice(0, 10).split('-').reverse().join('/');

/** After a search: the status line's scope and the offer to search older pages too. */
async function offerOlder() {
  const { pages, older: olderParts } = await parts;
  if (olderIncluded || olderParts.length === 0) {
    older.hidden = true;
    return '';
  }
  const olderPages = olderParts.reduce((sum, part) => sum + part.pages, 0);
  older.textContent = `Tìm cả trong ${olderPages.toLocaleString('vi')} trang cũ hơn (đăng từ ${dayVi(olderParts[0].newest)} trở về trước)`;
  older.hidden = false;
  return ` trong ${pages.toLocaleString('vi')} trang mới nhất`;
}

async function includeOlder() {
  const { older: olderParts } = await parts;
  older.hidden = true;
  say('Đang tải phần chỉ mục cũ hơn…');
  for (const part of olderParts) await pagefind.mergeIndex(new URL(`${part.folder}/`, bundle).pathname);
  olderIncluded = true;
  await run();
  // The button is gone: keyboard users go on from the first result.
  (list.querySelector('a') ?? input).focus();
}

let current = { items: [], shown: 0, token: 0 };

function say(text) {
  status.textContent = text;
}

/** Shows that a search is running without announcing it: the live region speaks once, when the search is done. */
function showProgress() {
  const progress = document.createElement('span');
  progress.setAttribute('aria-hidden', 'true');
  progress.textContent = 'Đang tìm…';
  status.replaceChildren(progress);
}

/** Moves focus to the result at `index` (the first one "Xem thêm" added), so keyboard users keep their place. */
function focusResult(index) {
  list.children[index]?.querySelector('.result__title a')?.focus();
}

function chosenFilters() {
  const filters = {};
  for (const [key] of FILTERS) if (selects[key].value) filters[key] = selects[key].value;
  return filters;
}

function syncUrl() {
  const params = new URLSearchParams();
  const q = cleanQuery(input.value);
  if (q) params.set('q', q);
  for (const [key, param] of FILTERS) if (selects[key].value) params.set(param, selects[key].value);
  if (sortSelect.value !== 'lien-quan') params.set('sap-xep', sortSelect.value);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

/** Fills the form from a shared URL, keeping what the reader already typed or chose while the script loaded (the form is usable from the first paint). */
function readUrl() {
  const params = new URLSearchParams(location.search);
  if (!input.value) input.value = params.get('q') ?? '';
  for (const [key, param] of FILTERS) {
    const value = params.get(param);
    if (!value) continue;
    if (![...selects[key].options].some((option) => option.value === value)) selects[key].add(new Option(value, value));
    selects[key].value = value;
  }
  if (params.get('sap-xep') === 'moi-nhat') sortSelect.value = 'moi-nhat';
}

// Newest-first order of every indexed page, built with the index; fetched only when a reader sorts by date,
// so the first search does not download sort data.
let dateRanks;
function loadDateRanks() {
  dateRanks ??= fetch(new URL('thu-tu-ngay.json', bundle))
    .then((response) => response.json())
    .then((ids) => new Map(ids.map((id, index) => [id, index])));
  return dateRanks;
}

/** The query's results, by score or newest first. */
async function find(query, filters, byDate) {
  const [search, ranks] = await Promise.all([pagefind.search(query ? pagefindQuery(query) : null, { filters }), byDate ? loadDateRanks() : undefined]);
  const items = search.results.map((result) => ({ result }));
  if (ranks) {
    // A page missing from the order (none should be) goes last rather than disappearing.
    const rank = (item) => ranks.get(item.result.id) ?? ranks.size;
    items.sort((a, b) => rank(a) - rank(b));
  }
  return items;
}

/** A result's text with its đ restored (the index writes đ as d + stroke). */
function readable(data) {
  return { ...data, excerpt: restoreD(data.excerpt), content: restoreD(data.content), meta: { ...data.meta, title: data.meta.title && restoreD(data.meta.title) } };
}

function excerptHtml(excerpt) {
  // Pagefind escapes page text; only its <mark> highlights are kept.
  return excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
}

function renderItem({ data }) {
  const item = document.createElement('li');
  item.className = 'result';
  if (data.meta.image) {
    const image = document.createElement('img');
    image.src = data.meta.image;
    image.alt = '';
    image.width = 96;
    image.height = 64;
    image.loading = 'lazy';
    image.className = 'result__thumb';
    item.append(image);
  }
  const body = document.createElement('div');
  const kind = document.createElement('p');
  kind.className = 'result__meta';
  kind.textContent = [data.meta.type, data.meta.date].filter(Boolean).join(' · ');
  const heading = document.createElement('h2');
  heading.className = 'result__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'result__excerpt';
  excerpt.innerHTML = excerptHtml(data.excerpt);
  body.append(heading, kind, excerpt);
  item.append(body);
  return item;
}

async function showMore(query, byDate) {
  const token = current.token;
  const next = current.items.slice(current.shown, current.shown + PAGE_SIZE);
  const loaded = await Promise.all(next.map(async (item) => ({ ...item, data: readable(await item.result.data()) })));
  if (token !== current.token) return;
  if (query && hasMarks(query) && !byDate) {
    // An exactly spelled query puts exact spellings first among equals.
    loaded.sort((a, b) => Number(containsExactly(`${b.data.meta.title} ${b.data.content}`, query)) - Number(containsExactly(`${a.data.meta.title} ${a.data.content}`, query)));
  }
  list.append(...loaded.map(renderItem));
  current.shown += next.length;
  more.hidden = current.shown >= current.items.length;
}

async function run() {
  syncUrl();
  const query = cleanQuery(input.value);
  const filters = chosenFilters();
  const byDate = sortSelect.value === 'moi-nhat';
  const token = current.token + 1;
  current = { items: [], shown: 0, token };
  list.replaceChildren();
  more.hidden = true;
  older.hidden = true;
  if (!query && Object.keys(filters).length === 0) {
    say('');
    return;
  }
  showProgress();
  const items = await find(query, filters, byDate);
  if (token !== current.token) return;
  current.items = items;
  const what = query ? ` cho “${query}”` : '';
  const scope = await offerOlder();
  if (token !== current.token) return;
  say(items.length ? `Tìm thấy ${items.length} kết quả${what}${scope}.` : `Không tìm thấy kết quả nào${what}${scope}. Hãy thử từ khác hoặc bỏ bớt bộ lọc.`);
  await showMore(query, byDate);
}

let typingTimer;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});
input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  // The index chunks of the words already typed are fetched while the reader goes on typing.
  const words = finishedWords(input.value);
  if (words) pagefind.preload(words);
  typingTimer = setTimeout(run, TYPING_PAUSE_MS);
});
for (const control of [sortSelect, ...Object.values(selects)]) control.addEventListener('change', run);
let addingMore = false;
more.addEventListener('click', async () => {
  // A second press while results load would add the same ones twice.
  if (addingMore) return;
  addingMore = true;
  const { token } = current;
  const firstNew = list.children.length;
  try {
    await showMore(cleanQuery(input.value), sortSelect.value === 'moi-nhat');
  } finally {
    addingMore = false;
  }
  if (token === current.token) focusResult(firstNew);
});
older.addEventListener('click', includeOlder);

// Menus come filled (and shown) from the page: no filter data is downloaded until a filter is used.
readUrl();
if (input.value || Object.values(chosenFilters()).length) run();
// The form works before this script; tools that time searches wait for this mark.
form.dataset.ready = 'true';
