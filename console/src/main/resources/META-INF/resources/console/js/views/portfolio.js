// Portfolio: accounts by band, touch model and stage, ARR at risk, and the account list with filters and sorting.
import {graphql} from '../api.js';
import {barChart} from '../charts.js';
import {bandBadge, formatDay, formatMoney, formatNumber, h, show, table} from '../dom.js';

const QUERY = `query Portfolio($csmId: String, $filter: AccountFilter, $orderBy: AccountOrder, $after: String) {
  portfolio(csmId: $csmId) {
    accounts arr complete
    byBand { key accounts arr } byTouchModel { key accounts arr } byStage { key accounts arr }
  }
  accounts(filter: $filter, orderBy: $orderBy, first: 50, after: $after) {
    edges { node { externalId name stage touchModel arr nextRenewalDate health { score band trend7 } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

const BANDS = ['RED', 'YELLOW', 'GREEN', 'NA'];
const STAGES = ['TRIAL', 'FREE', 'ONBOARDING', 'ADOPTION', 'RENEWAL', 'CHURNED'];
const TOUCH_MODELS = ['HIGH', 'LOW', 'TECH'];
const ORDERS = {
  'NAME ASC': 'Name, A to Z',
  'SCORE ASC': 'Health, lowest first',
  'ARR DESC': 'ARR, largest first',
  'RENEWAL ASC': 'Renewal, soonest first',
};

export async function render(container, user, route) {
  const state = {
    mine: user.roles.includes('csm') && !user.isAdmin,
    name: route.query.get('name') ?? '',
    band: '',
    stage: '',
    touchModel: '',
    order: 'NAME ASC',
  };
  const summary = h('div', {class: 'summary'});
  const list = h('div', {class: 'list'});
  const form = filters(state, () => load());
  show(container, h('h1', {}, 'Portfolio'), summary, h('h2', {}, 'Accounts'), form, list);

  async function load(after) {
    const [field, direction] = state.order.split(' ');
    const filter = {
      nameContains: state.name.trim() || null,
      band: state.band ? [state.band] : null,
      stage: state.stage || null,
      touchModel: state.touchModel || null,
      csmId: state.mine ? user.id : null,
    };
    const data = await graphql(QUERY, {
      csmId: state.mine ? user.id : null, filter, orderBy: {field, direction}, after: after ?? null,
    });
    if (!after) show(summary, overview(data.portfolio));
    const rows = (data.accounts?.edges ?? []).map(edge => row(edge.node));
    if (after) {
      list.querySelector('tbody').append(...rows);
      list.querySelector('.more')?.remove();
    } else {
      show(list, rows.length
        ? table('Accounts matching the filters', ['Account', 'Health', '7-day trend', 'Stage', 'Touch model', 'ARR',
          'Renewal'], rows, {id: 'accounts'})
        : h('p', {id: 'no-accounts'}, 'No account matches these filters.'));
    }
    const page = data.accounts?.pageInfo;
    if (page?.hasNextPage) {
      list.append(h('button', {type: 'button', class: 'more', onclick: () => load(page.endCursor)}, 'More accounts'));
    }
  }

  await load();
}

function overview(portfolio) {
  if (!portfolio) return h('p', {class: 'error'}, 'The portfolio figures are unavailable right now.');
  // The gateway tallies accounts without a score under NONE: the N/A band.
  const byBand = Object.fromEntries((portfolio.byBand ?? [])
    .map(slice => [slice.key === 'NONE' ? 'NA' : slice.key, slice]));
  const atRisk = ['RED', 'YELLOW'].reduce((sum, band) => sum + Number(byBand[band]?.arr ?? 0), 0);
  const figure = (label, value, id) => h('div', {class: 'figure', id},
    h('span', {class: 'figure-value'}, value), h('span', {class: 'figure-label'}, label));
  const slices = (list, label) => (list ?? []).map(slice => ({
    key: slice.key, label: label(slice.key), value: slice.accounts, className: `band-${String(slice.key).toLowerCase()}`,
  }));
  return [
    h('div', {class: 'figures'},
      figure('accounts', formatNumber(portfolio.accounts), 'figure-accounts'),
      figure('ARR', formatMoney(portfolio.arr), 'figure-arr'),
      figure('ARR at risk (Red and Yellow)', formatMoney(atRisk), 'figure-at-risk')),
    portfolio.complete ? null : h('p', {class: 'notice'}, 'A large book: the figures cover the first 2,000 accounts.'),
    h('div', {class: 'charts'},
      h('figure', {}, h('figcaption', {}, 'Accounts by health band'),
        barChart(slices(BANDS.map(band => ({...(byBand[band] ?? {accounts: 0}), key: band})), bandLabel),
          'Accounts by health band: ' + BANDS.map(band => `${bandLabel(band)} ${byBand[band]?.accounts ?? 0}`)
            .join(', '), formatNumber)),
      h('figure', {}, h('figcaption', {}, 'Accounts by touch model'),
        barChart(slices(portfolio.byTouchModel, key => key ?? 'none'), 'Accounts by touch model', formatNumber)),
      h('figure', {}, h('figcaption', {}, 'Accounts by stage'),
        barChart(slices(portfolio.byStage, key => key ?? 'none'), 'Accounts by lifecycle stage', formatNumber))),
  ];
}

function bandLabel(band) {
  return band === 'NA' ? 'N/A' : band.charAt(0) + band.slice(1).toLowerCase();
}

function row(account) {
  const trend = account.health?.trend7;
  return h('tr', {},
    h('th', {scope: 'row'},
      h('a', {href: `#/account/${encodeURIComponent(account.externalId)}`}, account.name ?? account.externalId)),
    h('td', {}, bandBadge(account.health?.band, account.health?.score)),
    h('td', {}, trend === null || trend === undefined ? '—' : (trend > 0 ? `+${trend}` : String(trend))),
    h('td', {}, account.stage ?? '—'),
    h('td', {}, account.touchModel ?? '—'),
    h('td', {class: 'number'}, formatMoney(account.arr)),
    h('td', {}, formatDay(account.nextRenewalDate)));
}

function filters(state, apply) {
  const select = (id, label, key, options) => h('label', {for: id}, label,
    h('select', {id, onchange: event => { state[key] = event.target.value; apply(); }},
      Object.entries(options).map(([value, text]) =>
        h('option', {value, selected: state[key] === value}, text))));
  const any = values => ({'': 'Any', ...Object.fromEntries(values.map(value => [value, bandLabel(value)]))});
  return h('form', {class: 'filters', role: 'search', onsubmit: event => { event.preventDefault(); apply(); }},
    h('label', {for: 'filter-name'}, 'Name contains',
      h('input', {id: 'filter-name', type: 'search', maxlength: 100, value: state.name,
        oninput: event => { state.name = event.target.value; }})),
    select('filter-band', 'Health band', 'band', any(BANDS)),
    select('filter-stage', 'Stage', 'stage', any(STAGES)),
    select('filter-touch', 'Touch model', 'touchModel', any(TOUCH_MODELS)),
    select('sort', 'Sort by', 'order', ORDERS),
    h('label', {for: 'filter-mine', class: 'check'},
      h('input', {id: 'filter-mine', type: 'checkbox', checked: state.mine,
        onchange: event => { state.mine = event.target.checked; apply(); }}), 'My accounts only'),
    h('button', {type: 'submit'}, 'Apply'));
}
