// Content priority and gaps: use cases by how much explaining they cost a month, and which have nothing published.
import {formatNumber, h, table} from '../../dom.js';

export const CONTENT_GAPS = `contentGaps(first: 20) { edges { node { name priority gap publishedItems } } }`;

export function contentSection(gaps) {
  return h('section', {'aria-labelledby': 'gaps-title', id: 'content-gaps'},
    h('h2', {id: 'gaps-title'}, 'Content: what to write first'),
    table('Use cases by priority (questions a month × minutes explaining)',
      ['Use case', 'Priority', 'Published items', 'Gap'],
      gaps.map(({node}) => h('tr', {class: node.gap ? 'na' : ''},
        h('th', {scope: 'row'}, node.name), h('td', {class: 'number'}, formatNumber(node.priority)),
        h('td', {class: 'number'}, node.publishedItems), h('td', {}, node.gap ? 'no content yet' : '—')))));
}
