// Scorecards, read and saved typed: the form edits name, priority and the weights; the rest of the scorecard goes back
// as it came, so health-service sees the whole scorecard it asks for, with the version the edit started from.
import {mutate} from '../../api.js';
import {h} from '../../dom.js';
import {field, numberOf, savingForm} from './fields.js';

export const SCORECARDS = `scorecards {
    id name isDefault purpose qualifyAt priority version
    criteria { stages touchModels plans }
    groups { key name description weight measures {
      key name metric windowDays weight whenNoData
      scoring { type fromValue fromPoints toValue toPoints thresholds { atLeast points } } } }
  }`;
const REPLACE = `mutation ReplaceScorecard($id: ID!, $scorecard: ScorecardInput!) {
  replaceScorecard(id: $id, scorecard: $scorecard) { id version }
}`;

export function scorecardsSection(scorecards, saved) {
  return h('section', {'aria-labelledby': 'scorecards-title', id: 'scorecards'},
    h('h2', {id: 'scorecards-title'}, 'Scorecards'),
    scorecards.length ? null : h('p', {}, 'No scorecard yet.'),
    scorecards.map(scorecard => scorecardForm(scorecard, saved)));
}

function scorecardForm(scorecard, saved) {
  const prefix = `sc-${scorecard.id}`;
  const weight = (path, label, value) => field(prefix, path, label, value,
    {type: 'number', step: 'any', min: 0, max: 1000, required: true});
  return savingForm(
    {class: 'scorecard', 'aria-label': `Scorecard ${scorecard.name}`},
    async form => {
      await mutate(REPLACE, {id: scorecard.id, scorecard: edited(scorecard, form)});
      await saved();
    },
    'Saved: every account is being rescored.',
    h('h3', {}, `${scorecard.name} (${scorecard.purpose ?? 'HEALTH'}, version ${scorecard.version})`),
    field(prefix, 'name', 'Name', scorecard.name, {required: true, maxlength: 200}),
    field(prefix, 'priority', 'Priority (lower is tried first)', scorecard.priority, {type: 'number', step: 1}),
    (scorecard.groups ?? []).map((group, g) => h('fieldset', {},
      h('legend', {}, group.name ?? group.key),
      weight(`groups[${g}].weight`, `${group.name ?? group.key}: group weight`, group.weight),
      (group.measures ?? []).map((measure, m) =>
        weight(`groups[${g}].measures[${m}].weight`, `${measure.name ?? measure.key}: weight`, measure.weight)))),
    h('button', {type: 'submit', class: 'primary'}, 'Save scorecard'));
}

/** The ScorecardInput: the scorecard as read, the form's values put in, and the version the edit started from. */
function edited(scorecard, form) {
  return {
    name: form.elements.name.value,
    isDefault: scorecard.isDefault,
    purpose: scorecard.purpose,
    qualifyAt: scorecard.qualifyAt,
    priority: numberOf(form, 'priority'),
    criteria: scorecard.criteria,
    groups: (scorecard.groups ?? []).map((group, g) => ({
      key: group.key,
      name: group.name,
      description: group.description,
      weight: numberOf(form, `groups[${g}].weight`),
      measures: (group.measures ?? []).map((measure, m) => ({
        key: measure.key,
        name: measure.name,
        metric: measure.metric,
        windowDays: measure.windowDays,
        weight: numberOf(form, `groups[${g}].measures[${m}].weight`),
        scoring: measure.scoring,
        whenNoData: measure.whenNoData,
      })),
    })),
    version: scorecard.version,
  };
}
