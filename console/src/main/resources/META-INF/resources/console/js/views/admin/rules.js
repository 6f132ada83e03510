// Rules, read typed and edited in place: name, whether it is on, how long a cleared condition waits before its CTA
// resolves, and the trigger's numbers. Saving sends the whole rule back as a RuleInput, its trigger and actions as
// the one variant each was read as.
import {mutate} from '../../api.js';
import {h} from '../../dom.js';
import {checkbox, field, numberOf, savingForm} from './fields.js';

export const RULES = `rules {
    id name enabled applyToCurrentState resolveAfterDays inForceSince
    trigger { kind band days percent points stage threshold touchModel
      signal { type name minValue maxValue properties { key value } } }
    scope { stages touchModels plans }
    reentry { mode times windowDays }
    actions { kind ctaType reason priority dueInDays team defaultOwner playbookId url templateId }
  }`;
const REPLACE = `mutation ReplaceRule($id: ID!, $rule: RuleInput!) {
  replaceRule(id: $id, rule: $rule) { id enabled }
}`;

// The trigger's numbers a form may change, by the name the trigger reads them by.
const NUMBERS = {days: 'Days', percent: 'Percent', points: 'Points', threshold: 'Threshold'};

export function rulesSection(rules, saved) {
  return h('section', {'aria-labelledby': 'rules-title', id: 'rules'},
    h('h2', {id: 'rules-title'}, 'Rules'),
    rules.length ? null : h('p', {}, 'No rule yet.'),
    rules.map(rule => ruleForm(rule, saved)));
}

function ruleForm(rule, saved) {
  const prefix = `rule-${rule.id}`;
  const numbers = Object.keys(NUMBERS)
    .filter(name => rule.trigger?.[name] !== null && rule.trigger?.[name] !== undefined);
  return savingForm(
    {class: 'rule', 'aria-label': `Rule ${rule.name}`},
    async form => {
      await mutate(REPLACE, {id: rule.id, rule: edited(rule, form, numbers)});
      await saved();
    },
    'Saved: the rule acts on what happens from now on.',
    h('h3', {}, rule.name),
    h('p', {class: 'rule-summary'}, describe(rule)),
    field(prefix, 'name', 'Name', rule.name, {required: true, maxlength: 200}),
    checkbox(prefix, 'enabled', 'Enabled', rule.enabled),
    field(prefix, 'resolveAfterDays', 'Days cleared before its CTA resolves (0: never)', rule.resolveAfterDays,
      {type: 'number', step: 1, min: 0}),
    numbers.map(name => field(prefix, `trigger.${name}`, `Trigger: ${NUMBERS[name].toLowerCase()}`,
      rule.trigger[name], {type: 'number', step: 1})),
    h('button', {type: 'submit', class: 'primary'}, 'Save rule'));
}

/** One line on what the rule does: when, then what. */
function describe(rule) {
  const trigger = rule.trigger ?? {};
  const parameters = ['band', 'stage', 'touchModel', ...Object.keys(NUMBERS)]
    .filter(name => trigger[name] !== null && trigger[name] !== undefined)
    .map(name => `${name} ${trigger[name]}`);
  if (trigger.signal) parameters.push(`signal ${trigger.signal.type ?? ''} ${trigger.signal.name ?? ''}`.trim());
  const actions = (rule.actions ?? []).map(action => action.kind === 'CREATE_CTA'
    ? `open a ${action.ctaType ?? ''} CTA (${action.priority ?? 'default priority'})`
    : action.kind === 'CALL_WEBHOOK' ? 'call a webhook' : 'send a message');
  return `When ${trigger.kind ?? '?'}${parameters.length ? ` (${parameters.join(', ')})` : ''}: `
    + `${actions.join(', ') || 'nothing'}.`;
}

/** The RuleInput: the rule as read, the form's values put in. */
function edited(rule, form, numbers) {
  const trigger = {...rule.trigger};
  for (const name of numbers) trigger[name] = numberOf(form, `trigger.${name}`);
  return {
    name: form.elements.name.value,
    enabled: form.elements.enabled.checked,
    applyToCurrentState: rule.applyToCurrentState,
    resolveAfterDays: numberOf(form, 'resolveAfterDays'),
    scope: rule.scope,
    reentry: rule.reentry,
    trigger: triggerInput(trigger),
    actions: (rule.actions ?? []).map(actionInput),
  };
}

/** A typed trigger as the one variant of RuleTriggerInput its kind is (ACTIVE_USERS_DROPPED: activeUsersDropped). */
function triggerInput(trigger) {
  const variant = trigger.kind.toLowerCase().replace(/_(\w)/g, (_, letter) => letter.toUpperCase());
  const parameters = {
    activeUsersDropped: {percent: trigger.percent},
    seatsNearlyUsed: {percent: trigger.percent},
    bandEntered: {band: trigger.band},
    noDecisionMakerContact: {days: trigger.days},
    renewalApproaching: {days: trigger.days},
    scoreDropped: {days: trigger.days, points: trigger.points},
    pqlCrossed: {threshold: trigger.threshold},
    segmentEntered: {touchModel: trigger.touchModel},
    stageEntered: {stage: trigger.stage},
    signalMatched: trigger.signal,
  }[variant];
  return {[variant]: parameters ?? true};
}

function actionInput(action) {
  switch (action.kind) {
    case 'CALL_WEBHOOK':
      return {callWebhook: {url: action.url}};
    case 'SEND_MESSAGE':
      return {sendMessage: {templateId: action.templateId, url: action.url}};
    default:
      return {createCta: {ctaType: action.ctaType, reason: action.reason, priority: action.priority,
        dueInDays: action.dueInDays, team: action.team, defaultOwner: action.defaultOwner,
        playbookId: action.playbookId}};
  }
}
