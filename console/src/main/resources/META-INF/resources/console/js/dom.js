// Builds DOM nodes from parts, never from HTML text: text is always text, and no inline style ever needs the CSP relaxed.

/** h('a', {href: '#/x', class: 'link'}, 'text', child, [more]) */
export function h(tag, attributes = {}, ...children) {
  const element = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces what a container shows. */
export function show(container, ...children) {
  container.replaceChildren();
  append(container, children);
}

const money = new Intl.NumberFormat('en-US', {style: 'currency', currency: 'USD', maximumFractionDigits: 0});

export function formatMoney(value) {
  return value === null || value === undefined ? '—' : money.format(Number(value));
}

export function formatNumber(value, digits = 0) {
  return value === null || value === undefined
    ? '—'
    : Number(value).toLocaleString('en-US', {maximumFractionDigits: digits, minimumFractionDigits: digits});
}

export function formatDay(value) {
  return value ? String(value).slice(0, 10) : '—';
}

/** A band as a labelled badge: colour is never the only signal. */
export function bandBadge(band, score) {
  const name = band ?? 'NA';
  const label = name === 'NA' ? 'N/A' : name.charAt(0) + name.slice(1).toLowerCase();
  const text = score === undefined || score === null ? label : `${score} · ${label}`;
  return h('span', {class: `band band-${name.toLowerCase()}`}, text);
}

/** Label and value pairs, each kept together however the grid wraps. */
export function facts(pairs) {
  return h('dl', {class: 'facts'},
    pairs.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value ?? '—'))));
}

export function table(caption, headers, rows, attributes = {}) {
  return h('table', attributes,
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map(header => h('th', {scope: 'col'}, header)))),
    h('tbody', {}, rows));
}
