// Hand-drawn SVG charts: no chart library to ship, and each chart says in words (aria-label) what it shows.
import {h} from './dom.js';

const WIDTH = 640;

/**
 * A score over days (0-100). Days without a score break the line instead of dropping to zero: missing is not zero.
 * points: [{day: 'YYYY-MM-DD', score: number|null}]
 */
export function trendChart(points, label) {
  const height = 180;
  const pad = {left: 32, right: 8, top: 8, bottom: 22};
  const innerWidth = WIDTH - pad.left - pad.right;
  const innerHeight = height - pad.top - pad.bottom;
  const x = index => pad.left + (points.length <= 1 ? innerWidth : (index * innerWidth) / (points.length - 1));
  const y = score => pad.top + innerHeight - (score * innerHeight) / 100;
  const segments = [];
  let current = [];
  points.forEach((point, index) => {
    if (point.score === null || point.score === undefined) {
      if (current.length) segments.push(current);
      current = [];
    } else {
      current.push(`${x(index).toFixed(1)},${y(point.score).toFixed(1)}`);
    }
  });
  if (current.length) segments.push(current);
  const grid = [0, 50, 100].map(value => [
    h('svg:line', {x1: pad.left, x2: WIDTH - pad.right, y1: y(value), y2: y(value), class: 'grid'}),
    h('svg:text', {x: pad.left - 4, y: y(value) + 4, class: 'axis', 'text-anchor': 'end'}, value),
  ]);
  const ends = points.length
    ? [
        h('svg:text', {x: pad.left, y: height - 4, class: 'axis'}, points[0].day),
        h('svg:text', {x: WIDTH - pad.right, y: height - 4, class: 'axis', 'text-anchor': 'end'},
          points[points.length - 1].day),
      ]
    : [];
  return h('svg:svg', {viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': label, class: 'chart'},
    grid,
    segments.map(segment => segment.length === 1
      ? h('svg:circle', {cx: segment[0].split(',')[0], cy: segment[0].split(',')[1], r: 2.5, class: 'line-dot'})
      : h('svg:polyline', {points: segment.join(' '), class: 'line'})),
    ends);
}

/**
 * Horizontal bars, one per slice, labelled with their value.
 * slices: [{key, label, value, className}]
 */
export function barChart(slices, label, format = String) {
  // Drawn at about the size it is shown (a third of the page), so that its text stays readable.
  const width = 400;
  const rowHeight = 26;
  const labelWidth = 100;
  const valueWidth = 80;
  const height = Math.max(1, slices.length) * rowHeight + 4;
  const largest = Math.max(1, ...slices.map(slice => Number(slice.value) || 0));
  const barSpace = width - labelWidth - valueWidth;
  return h('svg:svg', {viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'chart'},
    slices.map((slice, index) => {
      const top = index * rowHeight + 2;
      const width = Math.max(1, ((Number(slice.value) || 0) * barSpace) / largest);
      return [
        h('svg:text', {x: labelWidth - 8, y: top + 16, 'text-anchor': 'end', class: 'axis'}, slice.label),
        h('svg:rect', {x: labelWidth, y: top + 3, width: width.toFixed(1), height: rowHeight - 8,
          class: `bar ${slice.className ?? ''}`}),
        h('svg:text', {x: labelWidth + width + 6, y: top + 16, class: 'value'}, format(slice.value)),
      ];
    }));
}

/**
 * Several lines over the same labels (months), on a scale fitted to their values; a missing value breaks its line.
 * series: [{name, className, values: [number|null]}], labels: ['2026-01', …]; the legend names each line in words.
 */
export function lineChart(labels, series, label, format = String) {
  const height = 200;
  const pad = {left: 48, right: 8, top: 8, bottom: 22};
  const innerWidth = WIDTH - pad.left - pad.right;
  const innerHeight = height - pad.top - pad.bottom;
  const values = series.flatMap(line => line.values).filter(value => value !== null && value !== undefined)
    .map(Number);
  const low = Math.min(...values, 0);
  const high = Math.max(...values, low + 1e-9);
  const x = index => pad.left + (labels.length <= 1 ? innerWidth : (index * innerWidth) / (labels.length - 1));
  const y = value => pad.top + innerHeight - ((Number(value) - low) * innerHeight) / (high - low);
  const grid = [low, (low + high) / 2, high].map(value => [
    h('svg:line', {x1: pad.left, x2: WIDTH - pad.right, y1: y(value), y2: y(value), class: 'grid'}),
    h('svg:text', {x: pad.left - 4, y: y(value) + 4, class: 'axis', 'text-anchor': 'end'}, format(value)),
  ]);
  const ends = labels.length
    ? [
        h('svg:text', {x: pad.left, y: height - 4, class: 'axis'}, labels[0]),
        h('svg:text', {x: WIDTH - pad.right, y: height - 4, class: 'axis', 'text-anchor': 'end'},
          labels[labels.length - 1]),
      ]
    : [];
  const lines = series.map(line => {
    const segments = [];
    let current = [];
    line.values.forEach((value, index) => {
      if (value === null || value === undefined) {
        if (current.length) segments.push(current);
        current = [];
      } else {
        current.push([x(index), y(value)]);
      }
    });
    if (current.length) segments.push(current);
    return segments.map(segment => segment.length === 1
      ? h('svg:circle', {cx: segment[0][0], cy: segment[0][1], r: 2.5, class: `line-dot ${line.className}`})
      : h('svg:polyline', {points: segment.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' '),
        class: `line ${line.className}`}));
  });
  return h('div', {class: 'line-chart'},
    h('svg:svg', {viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': label, class: 'chart'},
      grid, lines, ends),
    h('ul', {class: 'legend'}, series.map(line => h('li', {class: line.className}, line.name))));
}
