// Account 360: score, band and 90-day trend, the explanation (measures, points, contribution, N/A and why), CTAs with
// their tasks, onboarding progress, users and their activity, contracts.
import {graphql} from '../api.js';
import {trendChart} from '../charts.js';
import {bandBadge, facts, formatDay, formatMoney, formatNumber, h, show, table} from '../dom.js';
import {ctaCard} from './ctas.js';

const QUERY = `query Account($externalId: String!) {
  account(externalId: $externalId) {
    id externalId name plan stage touchModel arr nextRenewalDate cohort csmId
    health {
      score band trend7 trend30 explanation
      groups { key name score effectiveWeight measures { key name points contribution effectiveWeight rawValue } }
    }
    healthHistory(days: 90) { daily { day score } }
    ctas { id type reason priority status dueDate ownerId tasks { id title done dueDate } }
    onboarding { status startedOn dueOn endedOn extended program { name } milestones { milestoneId name reachedOn } }
    users(first: 20) { edges { node { externalId name email role seat lastSeenAt } } pageInfo { hasNextPage } }
    contracts { externalId plan arr seats startDate renewalDate status }
  }
}`;

export async function render(container, user, route) {
  const data = await graphql(QUERY, {externalId: route.param});
  const account = data.account;
  if (!account) {
    show(container, h('h1', {}, 'No such account'), h('p', {}, `No account has the id ${route.param}.`));
    return;
  }
  document.title = `${account.name} · Tandem console`;
  const mayWork = user.isAdmin || account.csmId === user.id;
  show(container,
    h('p', {class: 'crumbs'}, h('a', {href: '#/portfolio'}, 'Portfolio'), ' › ', account.name),
    h('h1', {}, account.name, ' ', bandBadge(account.health?.band, account.health?.score)),
    facts([
      ['Stage', account.stage], ['Touch model', account.touchModel], ['Plan', account.plan],
      ['ARR', formatMoney(account.arr)], ['Next renewal', formatDay(account.nextRenewalDate)],
      ['Cohort', account.cohort ?? '—'],
    ]),
    unavailable(data.__errors),
    health(account),
    h('section', {'aria-labelledby': 'ctas-title', id: 'ctas'},
      h('h2', {id: 'ctas-title'}, 'Open calls to action'),
      account.ctas?.length
        ? account.ctas.map(cta => ctaCard(cta, {
          user: {...user, canWrite: user.canWrite && (mayWork || cta.ownerId === user.id)},
          changed: () => render(container, user, route),
        }))
        : h('p', {}, 'No open CTA.')),
    onboarding(account.onboarding),
    users(account.users),
    contracts(account.contracts));
}

function unavailable(errors) {
  if (!errors?.length) return null;
  const parts = [...new Set(errors.map(error => error.path?.slice(-1)[0]).filter(Boolean))];
  return h('p', {class: 'notice', role: 'status'}, `Unavailable right now: ${parts.join(', ') || 'part of the page'}.`);
}

function health(account) {
  const health = account.health;
  const trend = value => value === null || value === undefined ? 'N/A' : (value > 0 ? `+${value}` : String(value));
  const daily = account.healthHistory?.daily ?? [];
  return h('section', {'aria-labelledby': 'health-title', id: 'health'},
    h('h2', {id: 'health-title'}, 'Health'),
    h('p', {}, `Score ${health?.score ?? 'N/A'}; 7 days ${trend(health?.trend7)}, 30 days ${trend(health?.trend30)}. `,
      health?.explanation ?? ''),
    daily.length
      ? h('figure', {}, h('figcaption', {}, 'Score over the last 90 days'),
        trendChart(daily, `Health score over ${daily.length} days, from ${daily[0].score ?? 'N/A'} to ${
          daily[daily.length - 1].score ?? 'N/A'}`))
      : null,
    explanation(health));
}

function explanation(health) {
  if (!health?.groups?.length) return null;
  const rows = health.groups.flatMap(group => [
    h('tr', {class: 'group'},
      h('th', {scope: 'rowgroup', colspan: 2}, group.name),
      h('td', {class: 'number'}, group.score ?? 'N/A'),
      h('td', {class: 'number'}, percent(group.effectiveWeight)),
      h('td', {})),
    ...(group.measures ?? []).map(measure => {
      const missing = measure.points === null || measure.points === undefined;
      return h('tr', {class: missing ? 'na' : ''},
        h('th', {scope: 'row'}, measure.name),
        h('td', {class: 'number'}, missing ? '—' : formatNumber(measure.rawValue, 1)),
        h('td', {class: 'number'}, missing ? 'N/A' : formatNumber(measure.points)),
        h('td', {class: 'number'}, percent(measure.effectiveWeight)),
        h('td', {class: 'number'}, missing
          ? 'no data: left out, its weight went to the others'
          : formatNumber(measure.contribution, 1)));
    }),
  ]);
  return table('Why this score: each measure, its points and what it contributes',
    ['Measure', 'Value', 'Points', 'Weight', 'Contribution'], rows, {id: 'explanation'});
}

function percent(share) {
  return share === null || share === undefined ? '—' : `${Math.round(Number(share) * 100)} %`;
}

function onboarding(enrollment) {
  if (!enrollment) return h('section', {id: 'onboarding'}, h('h2', {}, 'Onboarding'), h('p', {}, 'Never enrolled.'));
  const milestones = enrollment.milestones ?? [];
  const reached = milestones.filter(milestone => milestone.reachedOn).length;
  return h('section', {'aria-labelledby': 'onboarding-title', id: 'onboarding'},
    h('h2', {id: 'onboarding-title'}, 'Onboarding'),
    h('p', {}, `${enrollment.program?.name ?? 'Program'}: ${enrollment.status}, ${reached} of ${milestones.length}`
      + ` milestones, started ${formatDay(enrollment.startedOn)}, due ${formatDay(enrollment.dueOn)}`
      + (enrollment.extended ? ' (extended)' : '') + '.'),
    h('progress', {max: Math.max(1, milestones.length), value: reached, 'aria-label': 'Milestones reached'}),
    h('ol', {class: 'milestones'}, milestones.map(milestone => h('li', {class: milestone.reachedOn ? 'done' : ''},
      milestone.name, milestone.reachedOn ? ` — reached ${formatDay(milestone.reachedOn)}` : ' — not yet'))));
}

function users(connection) {
  const people = (connection?.edges ?? []).map(edge => edge.node);
  return h('section', {'aria-labelledby': 'users-title', id: 'users'},
    h('h2', {id: 'users-title'}, 'Users'),
    people.length
      ? table('Users and when they were last seen', ['Name', 'Role', 'Seat', 'Last seen'], people.map(person =>
        h('tr', {},
          h('th', {scope: 'row'}, person.name ?? person.email ?? person.externalId),
          h('td', {}, person.role ?? '—'), h('td', {}, person.seat ?? '—'),
          h('td', {}, person.lastSeenAt ? formatDay(person.lastSeenAt) : 'never'))))
      : h('p', {}, 'No users yet.'),
    connection?.pageInfo?.hasNextPage ? h('p', {}, 'The 20 first users are shown.') : null);
}

function contracts(list) {
  return h('section', {'aria-labelledby': 'contracts-title', id: 'contracts'},
    h('h2', {id: 'contracts-title'}, 'Contracts'),
    list?.length
      ? table('Contracts', ['Contract', 'Plan', 'Status', 'ARR', 'Seats', 'Start', 'Renewal'], list.map(contract =>
        h('tr', {},
          h('th', {scope: 'row'}, contract.externalId), h('td', {}, contract.plan ?? '—'),
          h('td', {}, contract.status ?? '—'), h('td', {class: 'number'}, formatMoney(contract.arr)),
          h('td', {class: 'number'}, formatNumber(contract.seats)), h('td', {}, formatDay(contract.startDate)),
          h('td', {}, formatDay(contract.renewalDate)))))
      : h('p', {}, 'No contracts.'));
}
