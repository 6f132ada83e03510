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
