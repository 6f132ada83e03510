// A CTA with its tasks and, for those who may work it (csm, cs-admin), its actions: complete a task, snooze, comment,
// close. A viewer sees the same card without a single control.
import {mutate} from '../api.js';
import {facts as factList, formatDay, h} from '../dom.js';

const CLOSE = `mutation Close($id: UUID!, $outcome: CtaOutcome!, $reason: String) {
  closeCta(id: $id, outcome: $outcome, reason: $reason) { id status }
}`;
const SNOOZE = `mutation Snooze($id: UUID!, $until: Date!, $reason: String!) {
  snoozeCta(id: $id, until: $until, reason: $reason) { id snoozedUntil }
}`;
const COMMENT = `mutation Comment($id: UUID!, $body: String!) { commentOnCta(id: $id, body: $body) }`;
const COMPLETE = `mutation Complete($ctaId: UUID!, $taskId: UUID!) { completeTask(ctaId: $ctaId, taskId: $taskId) { id done } }`;

/**
 * @param cta the CTA, with tasks when they were asked for
 * @param context {user, title, facts: [[label, value]], changed: async (what) => void}
 */
export function ctaCard(cta, {user, title, facts = [], changed}) {
  const problem = h('p', {class: 'error', role: 'alert', hidden: true});
  const act = async (what, run) => {
    problem.hidden = true;
    try {
      await run();
      await changed(what);
    } catch (error) {
      problem.textContent = error.message;
      problem.hidden = false;
    }
  };
  const open = cta.status === 'OPEN';
  const writable = user.canWrite && open;
  const headingId = `cta-${cta.id}`;
  return h('article', {class: 'cta', 'data-cta': cta.id, 'aria-labelledby': headingId},
    h('h3', {id: headingId},
      h('span', {class: `priority priority-${String(cta.priority).toLowerCase()}`}, cta.priority ?? ''),
      ' ', title ?? cta.type, ' — ', cta.reason),
    factList([['Type', cta.type], ['Status', cta.status], ['Due', formatDay(cta.dueDate)], ...facts]),
    tasks(cta, writable, act),
    writable ? actions(cta, act) : null,
    problem);
}

function tasks(cta, writable, act) {
  if (!cta.tasks?.length) return null;
  return h('ul', {class: 'tasks', 'aria-label': 'Tasks'}, cta.tasks.map(task => {
    const id = `task-${task.id}`;
    return h('li', {},
      h('input', {
        type: 'checkbox', id, checked: task.done, disabled: task.done || !writable,
        onchange: () => act('task', () => mutate(COMPLETE, {ctaId: cta.id, taskId: task.id})),
      }),
      h('label', {for: id}, task.title, task.dueDate ? ` (due ${formatDay(task.dueDate)})` : ''));
  }));
}

function actions(cta, act) {
  const tomorrowPlus = days => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const field = (prefix, label, input) => {
    const id = `${prefix}-${cta.id}`;
    return h('label', {for: id}, label, input(id));
  };
  const snooze = h('form', {class: 'inline', onsubmit: event => {
    event.preventDefault();
    const form = event.target;
    act('snoozed', () => mutate(SNOOZE, {id: cta.id, until: form.until.value, reason: form.reason.value}));
  }},
  field('snooze-until', 'Until', id => h('input', {id, name: 'until', type: 'date', required: true,
    min: tomorrowPlus(1), value: tomorrowPlus(7)})),
  field('snooze-reason', 'Why', id => h('input', {id, name: 'reason', required: true, maxlength: 500})),
  h('button', {type: 'submit'}, 'Snooze'));
  const comment = h('form', {class: 'inline', onsubmit: event => {
    event.preventDefault();
    const form = event.target;
    act('commented', () => mutate(COMMENT, {id: cta.id, body: form.body.value}).then(() => form.reset()));
  }},
  field('comment-body', 'Comment', id => h('textarea', {id, name: 'body', required: true, maxlength: 4000, rows: 2})),
  h('button', {type: 'submit'}, 'Add comment'));
  const close = h('form', {class: 'inline', onsubmit: event => {
    event.preventDefault();
    const form = event.target;
    act('closed', () => mutate(CLOSE, {id: cta.id, outcome: form.outcome.value, reason: form.reason.value || null}));
  }},
  field('close-outcome', 'Outcome', id => h('select', {id, name: 'outcome'},
    h('option', {value: 'CLOSED_SUCCESS'}, 'Success'), h('option', {value: 'CLOSED_LOST'}, 'Lost'))),
  field('close-reason', 'Note', id => h('input', {id, name: 'reason', maxlength: 500})),
  h('button', {type: 'submit', class: 'primary'}, 'Close CTA'));
  return h('div', {class: 'actions'},
    h('details', {}, h('summary', {}, 'Close'), close),
    h('details', {}, h('summary', {}, 'Snooze'), snooze),
    h('details', {}, h('summary', {}, 'Comment'), comment));
}
