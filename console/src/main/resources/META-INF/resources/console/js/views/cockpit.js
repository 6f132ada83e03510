// Cockpit: the signed-in user's open CTAs, most urgent first, worked in place; live through the ctaChanged
// subscription, or by polling where the subscription cannot run.
import {graphql} from '../api.js';
import {formatDay, formatMoney, formatNumber, h, show} from '../dom.js';
import {subscribe} from '../live.js';
import {ctaCard} from './ctas.js';

// Tasks are a call per CTA, which the gateway allows for 10 CTAs a query: the 10 most urgent come with theirs.
const QUERY = `query Cockpit {
  myCockpit(first: 50) {
    urgency accountName arr healthScore renewalDate
    cta { id accountId type reason priority status dueDate ownerId }
  }
  top: myCockpit(first: 10) { cta { id tasks { id title done dueDate } } }
}`;
const CHANGES = `subscription Changes($ownerId: String!) { ctaChanged(ownerId: $ownerId) { ctaId change } }`;
const POLL_MS = 15_000;

export async function render(container, user) {
  const list = h('div', {id: 'cockpit'});
  const liveness = h('p', {class: 'liveness', id: 'liveness'}, 'Connecting for live updates…');
  show(container, h('h1', {}, 'My cockpit'), liveness, list);
  let poller;

  async function load() {
    const data = await graphql(QUERY);
    const tasks = Object.fromEntries((data.top ?? []).map(item => [item.cta.id, item.cta.tasks]));
    const items = data.myCockpit ?? [];
    show(list, items.length
      ? h('ol', {class: 'cockpit', 'aria-label': 'Open CTAs, most urgent first'}, items.map(item => h('li', {},
        ctaCard({...item.cta, tasks: tasks[item.cta.id]}, {
          user,
          title: item.accountName,
          facts: [
            ['Urgency', formatNumber(item.urgency)],
            ['Health', item.healthScore ?? 'N/A'],
            ['ARR', formatMoney(item.arr)],
            ['Renewal', formatDay(item.renewalDate)],
            ['Account', h('a', {href: `#/portfolio?name=${encodeURIComponent(item.accountName ?? '')}`},
              'find in portfolio')],
          ],
          changed: load,
        }))))
      : h('p', {id: 'cockpit-empty'}, 'Nothing to do: no open CTA is yours.'));
  }

  await load();
  const stop = subscribe(CHANGES, {ownerId: user.id}, {
    onData: () => load(),
    onLive: () => {
      liveness.textContent = 'Live: changes to your CTAs show as they happen.';
    },
    onUnavailable: () => {
      liveness.textContent = `Live updates are not available; refreshed every ${POLL_MS / 1000} seconds.`;
      poller = setInterval(load, POLL_MS);
    },
  });
  return () => {
    stop();
    clearInterval(poller);
  };
}
