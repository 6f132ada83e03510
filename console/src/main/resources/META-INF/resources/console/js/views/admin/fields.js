// Form fields whose errors show where they belong: each field names the path the services' field errors use
// (groups[0].weight, milestones[1].subject), and a failed save puts each reason under its field.
import {h} from '../../dom.js';

/** A labelled input with a place for its error, found again by its path. */
export function field(prefix, path, label, value, attributes = {}) {
  const id = `${prefix}-${path.replace(/[^\w]/g, '-')}`;
  return h('div', {class: 'field', 'data-field': path},
    h('label', {for: id}, label),
    h('input', {id, name: path, value: value ?? '', 'aria-describedby': `${id}-error`, ...attributes}),
    h('span', {class: 'field-error', id: `${id}-error`}));
}

/** A labelled checkbox. */
export function checkbox(prefix, path, label, checked) {
  const id = `${prefix}-${path.replace(/[^\w]/g, '-')}`;
  return h('div', {class: 'field check', 'data-field': path},
    h('input', {id, name: path, type: 'checkbox', checked: Boolean(checked), 'aria-describedby': `${id}-error`}),
    h('label', {for: id}, label),
    h('span', {class: 'field-error', id: `${id}-error`}));
}

/** A number from a field: null when left empty, so the service applies its default or names what is missing. */
export function numberOf(form, name) {
  const value = form.elements[name]?.value ?? '';
  return value === '' ? null : Number(value);
}

/**
 * A form that saves through save(form) and, when the service refuses, shows each field error at its field (and the
 * ones without a field in a summary at the top), then moves the focus to the first field to change.
 */
export function savingForm(attributes, save, successText, ...children) {
  const summary = h('p', {class: 'error', role: 'alert', hidden: true});
  const done = h('p', {class: 'saved', role: 'status'});
  const form = h('form', {...attributes, onsubmit: async event => {
    event.preventDefault();
    clearErrors(form, summary);
    done.textContent = '';
    try {
      await save(form);
      done.textContent = successText;
    } catch (error) {
      showErrors(form, summary, error);
    }
  }}, summary, children, done);
  return form;
}

function clearErrors(form, summary) {
  for (const error of form.querySelectorAll('.field-error')) error.textContent = '';
  form.querySelectorAll('[aria-invalid]').forEach(element => element.removeAttribute('aria-invalid'));
  summary.hidden = true;
}

function showErrors(form, summary, error) {
  const fields = error.fieldErrors?.() ?? {};
  const unplaced = [];
  for (const [path, reason] of Object.entries(fields)) {
    const place = form.querySelector(`[data-field="${CSS.escape(path)}"]`);
    if (place) {
      place.querySelector('.field-error').textContent = reason;
      place.querySelector('input, select').setAttribute('aria-invalid', 'true');
    } else {
      unplaced.push(`${path}: ${reason}`);
    }
  }
  summary.textContent = unplaced.length || !Object.keys(fields).length
    ? (unplaced.join('; ') || error.message) : 'Some fields need a change (see below).';
  summary.hidden = false;
  form.querySelector('[aria-invalid]')?.focus();
}
