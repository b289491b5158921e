// Filters for the event calendar (/lich-su-kien/): an enhancement over a page that
// already lists every event. Shareable URLs such as ?huyen=hoang-hoa.
//
// A classic script placed right after the filter form, before the week: it runs
// before the week is parsed, so a filter from the URL is in place before the
// reader sees a single event, and nothing jumps when the other events go.
const form = document.getElementById('calendar-filters');
const selects = [...form.querySelectorAll('select')];

/** Sets the menus from a shared URL; true when any filter is chosen. */
function readUrl() {
  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
  return selects.some((select) => select.value);
}

function matches(item, select) {
  if (!select.value) return true;
  const value = item.dataset[select.name.replace(/-(.)/g, (_, letter) => letter.toUpperCase())] ?? '';
  return value.split(' ').includes(select.value);
}

function apply() {
  const status = document.getElementById('calendar-status');
  const empty = document.getElementById('calendar-empty');
  let shown = 0;
  const events = new Set();
  for (const item of document.querySelectorAll('.agenda-item')) {
    const visible = selects.every((select) => matches(item, select));
    item.hidden = !visible;
    if (visible) {
      shown += 1;
      events.add(item.querySelector('a').getAttribute('href'));
    }
  }
  const filtering = selects.some((select) => select.value);
  for (const day of document.querySelectorAll('.day')) day.hidden = filtering && !day.querySelector('.agenda-item:not([hidden])');
  empty.hidden = !filtering || shown > 0;
  status.textContent = filtering ? (shown ? `Đang hiện ${events.size} sự kiện phù hợp.` : 'Không có sự kiện nào phù hợp.') : '';
  const params = new URLSearchParams();
  for (const select of selects) if (select.value) params.set(select.name, select.value);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

/** Applies the URL's filters once the week is parsed; until then it stays invisible (its space kept). */
function applyWhenParsed() {
  const root = document.documentElement;
  root.classList.add('calendar-pending');
  document.addEventListener('DOMContentLoaded', () => {
    try {
      apply();
    } finally {
      root.classList.remove('calendar-pending');
    }
  });
}

if (readUrl()) applyWhenParsed();
for (const select of selects) select.addEventListener('change', apply);
// "Lọc" applies the menus here and keeps the address shareable; without JavaScript it sends the same GET form.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  apply();
});
form.addEventListener('reset', () => setTimeout(apply));
