// Admin (cs-admin only): scorecards viewed and edited (name, priority, weights) with the service's field errors shown
// at the field they name; rules; onboarding programs with their success rate by cohort; content priority and gaps.
import {graphql, mutate} from '../api.js';
import {barChart} from '../charts.js';
import {formatNumber, h, show, table} from '../dom.js';

const QUERY = `query Admin {
  scorecards { id name purpose version document }
  rules { id name enabled }
  programs { id name periodDays premium }
  contentGaps(first: 20) { edges { node { name priority gap publishedItems } } }
}`;
const STATS = `query Stats($programId: UUID!) { onboardingStats(programId: $programId) }`;
const REPLACE = `mutation Replace($id: ID!, $document: JSON!) { replaceScorecard(id: $id, document: $document) { id version } }`;

export async function render(container, user, route) {
  const data = await graphql(QUERY);
  const again = () => render(container, user, route);
  show(container,
    h('h1', {}, 'Admin'),
    h('section', {'aria-labelledby': 'scorecards-title', id: 'scorecards'},
      h('h2', {id: 'scorecards-title'}, 'Scorecards'),
      (data.scorecards ?? []).map(scorecard => scorecardForm(scorecard, again))),
    h('section', {'aria-labelledby': 'rules-title', id: 'rules'},
      h('h2', {id: 'rules-title'}, 'Rules'),
      table('CTA rules', ['Rule', 'Enabled'], (data.rules ?? []).map(rule =>
        h('tr', {}, h('th', {scope: 'row'}, rule.name), h('td', {}, rule.enabled ? 'yes' : 'no'))))),
    await programs(data.programs ?? []),
    h('section', {'aria-labelledby': 'gaps-title', id: 'content-gaps'},
      h('h2', {id: 'gaps-title'}, 'Content: what to write first'),
      table('Use cases by priority (questions a month × minutes explaining)',
        ['Use case', 'Priority', 'Published items', 'Gap'],
        (data.contentGaps?.edges ?? []).map(({node}) => h('tr', {class: node.gap ? 'na' : ''},
          h('th', {scope: 'row'}, node.name), h('td', {class: 'number'}, formatNumber(node.priority)),
          h('td', {class: 'number'}, node.publishedItems), h('td', {}, node.gap ? 'no content yet' : '—'))))));
}

function scorecardForm(scorecard, saved) {
  const document = scorecard.document ?? {};
  const id = (path) => `sc-${scorecard.id}-${path.replace(/[^\w]/g, '-')}`;
  const input = (path, label, value, attributes) => h('div', {class: 'field', 'data-field': path},
    h('label', {for: id(path)}, label),
    h('input', {id: id(path), name: path, value: value ?? '', 'aria-describedby': `${id(path)}-error`, ...attributes}),
    h('span', {class: 'field-error', id: `${id(path)}-error`}));
  const weight = (path, label, value) => input(path, label, value,
    {type: 'number', step: 'any', min: 0, max: 1000, required: true});
  const summary = h('p', {class: 'error', role: 'alert', hidden: true});
  const done = h('p', {class: 'saved', role: 'status'});
  const form = h('form', {class: 'scorecard', 'aria-label': `Scorecard ${scorecard.name}`, onsubmit: async event => {
    event.preventDefault();
    for (const error of form.querySelectorAll('.field-error')) error.textContent = '';
    form.querySelectorAll('[aria-invalid]').forEach(element => element.removeAttribute('aria-invalid'));
    summary.hidden = true;
    try {
      await mutate(REPLACE, {id: scorecard.id, document: edited(document, form, scorecard.version)});
      done.textContent = 'Saved: every account is being rescored.';
      await saved();
    } catch (error) {
      const fields = error.fieldErrors?.() ?? {};
      const unplaced = [];
      for (const [path, reason] of Object.entries(fields)) {
        const field = form.querySelector(`[data-field="${CSS.escape(path)}"]`);
        if (field) {
          field.querySelector('.field-error').textContent = reason;
          field.querySelector('input').setAttribute('aria-invalid', 'true');
        } else {
          unplaced.push(`${path}: ${reason}`);
        }
      }
      summary.textContent = unplaced.length || !Object.keys(fields).length
        ? (unplaced.join('; ') || error.message) : 'Some fields need a change (see below).';
      summary.hidden = false;
      form.querySelector('[aria-invalid]')?.focus();
    }
  }},
  h('h3', {}, `${scorecard.name} (${scorecard.purpose ?? 'HEALTH'}, version ${scorecard.version})`),
  summary,
  input('name', 'Name', document.name ?? scorecard.name, {required: true, maxlength: 200}),
  input('priority', 'Priority (lower is tried first)', document.priority, {type: 'number', step: 1}),
  (document.groups ?? []).map((group, g) => h('fieldset', {},
    h('legend', {}, group.name ?? group.key),
    weight(`groups[${g}].weight`, `${group.name ?? group.key}: group weight`, group.weight),
    (group.measures ?? []).map((measure, m) =>
      weight(`groups[${g}].measures[${m}].weight`, `${measure.name ?? measure.key}: weight`, measure.weight)))),
  h('button', {type: 'submit', class: 'primary'}, 'Save scorecard'),
  done);
  return form;
}

/**
 * The request health-service takes (what its answer holds, less the read-only parts: id, shares, updatedAt), with the
 * form's values put in and the version the edit started from.
 */
function edited(document, form, version) {
  const value = name => form.elements[name].value;
  const priority = value('priority');
  return {
    name: value('name'),
    isDefault: document.isDefault,
    purpose: document.purpose,
    qualifyAt: document.qualifyAt,
    priority: priority === '' ? null : Number(priority),
    criteria: document.criteria,
    groups: (document.groups ?? []).map((group, g) => ({
      key: group.key,
      name: group.name,
      description: group.description,
      weight: Number(value(`groups[${g}].weight`)),
      measures: (group.measures ?? []).map((measure, m) => ({
        key: measure.key,
        name: measure.name,
        metric: measure.metric,
        windowDays: measure.windowDays,
        weight: Number(value(`groups[${g}].measures[${m}].weight`)),
        scoring: measure.scoring,
        whenNoData: measure.whenNoData,
      })),
    })),
    version,
  };
}

async function programs(list) {
  // One after the other: the gateway runs at most two queries of a caller at once.
  const stats = [];
  for (const program of list) {
    stats.push(await graphql(STATS, {programId: program.id}).then(data => data.onboardingStats, () => null));
  }
  return h('section', {'aria-labelledby': 'programs-title', id: 'programs'},
    h('h2', {id: 'programs-title'}, 'Onboarding programs'),
    list.length ? null : h('p', {}, 'No program yet.'),
    list.map((program, index) => {
      const figures = stats[index];
      const cohorts = cohortRates(figures);
      const rate = figures?.overall?.successRate;
      return h('article', {class: 'program'},
        h('h3', {}, program.name),
        h('p', {}, `${program.periodDays} days${program.premium ? ', premium' : ''}; success rate `
          + (rate === null || rate === undefined ? 'N/A (none ended yet)' : `${Math.round(rate * 100)} %`)
          + `; ${figures?.overall?.enrolled ?? 0} enrolled.`),
        cohorts.length
          ? h('figure', {}, h('figcaption', {}, 'Success rate by cohort (contract start month)'),
            barChart(cohorts, `Success rate by cohort: ${cohorts.map(c => `${c.label} ${formatRate(c.value)}`)
              .join(', ')}`, formatRate))
          : null);
    }));
}

/** Cohorts with an ended enrollment, oldest first; a young cohort with none ended has no rate yet. */
function cohortRates(figures) {
  const byCohort = figures?.byCohort ?? {};
  const entries = Array.isArray(byCohort)
    ? byCohort.map(entry => [entry.cohort ?? entry.key, entry])
    : Object.entries(byCohort);
  return entries
    .filter(([, cohort]) => cohort.successRate !== null && cohort.successRate !== undefined)
    .sort(([a], [b]) => String(a).localeCompare(String(b)))
    .map(([key, cohort]) => ({key, label: key, value: cohort.successRate, className: 'rate'}));
}

function formatRate(value) {
  return `${Math.round(Number(value) * 100)} %`;
}
