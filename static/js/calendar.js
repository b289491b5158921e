// Filters for the event calendar (/lich-su-kien/): an enhancement over a page that
// already lists every event. Shareable URLs such as ?huyen=hoang-hoa.
const form = document.getElementById('calendar-filters');
const status = document.getElementById('calendar-status');
const empty = document.getElementById('calendar-empty');
const selects = [...form.querySelectorAll('select')];
const items = [...document.querySelectorAll('.agenda-item')];
const days = [...document.querySelectorAll('.day')];

function matches(item, select) {
  if (!select.value) return true;
  const value = item.dataset[select.name.replace(/-(.)/g, (_, letter) => letter.toUpperCase())] ?? '';
  return value.split(' ').includes(select.value);
}

function apply() {
  let shown = 0;
  const events = new Set();
  for (const item of items) {
    const visible = selects.every((select) => matches(item, select));
    item.hidden = !visible;
    if (visible) {
      shown += 1;
      events.add(item.querySelector('a').getAttribute('href'));
    }
  }
  for (const day of days) day.hidden = selects.some((select) => select.value) && !day.querySelector('.agenda-item:not([hidden])');
  const filtering = selects.some((select) => select.value);
  empty.hidden = !filtering || shown > 0;
  status.textContent = filtering ? (shown ? `Đang hiện ${events.size} sự kiện phù hợp.` : 'Không có sự kiện nào phù hợp.') : '';
  const params = new URLSearchParams();
  for (const select of selects) if (select.value) params.set(select.name, select.value);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

const params = new URLSearchParams(location.search);
for (const select of selects) {
  const wanted = params.get(select.name);
  if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  select.addEventListener('change', apply);
}
form.addEventListener('submit', (event) => {
  event.preventDefault();
  apply();
});
form.addEventListener('reset', () => setTimeout(apply));
form.hidden = false;
apply();
