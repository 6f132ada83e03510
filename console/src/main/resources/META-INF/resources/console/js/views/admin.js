// Admin (cs-admin only): scorecards viewed and edited (name, priority, weights) with the service's field errors shown
// at the field they name; rules viewed and edited (on or off, name, trigger numbers); onboarding programs with their
// success rate by cohort; content priority and gaps. Everything read and written typed.
import {graphql} from '../api.js';
import {h, show} from '../dom.js';
import {CONTENT_GAPS, contentSection} from './admin/content.js';
import {PROGRAMS, programsSection} from './admin/programs.js';
import {RULES, rulesSection} from './admin/rules.js';
import {SCORECARDS, scorecardsSection} from './admin/scorecards.js';

const QUERY = `query Admin {
  ${SCORECARDS}
  ${RULES}
  ${PROGRAMS}
  ${CONTENT_GAPS}
}`;

export async function render(container, user, route) {
  const data = await graphql(QUERY);
  const again = () => render(container, user, route);
  show(container,
    h('h1', {}, 'Admin'),
    h('nav', {'aria-label': 'Admin sections', class: 'sections'},
      [['#scorecards', 'Scorecards'], ['#rules', 'Rules'], ['#programs', 'Programs'], ['#content-gaps', 'Content']]
        .map(([target, label]) => h('a', {href: target, onclick: event => jump(event, container, target)}, label))),
    scorecardsSection(data.scorecards ?? [], again),
    rulesSection(data.rules ?? [], again),
    await programsSection(data.programs ?? []),
    contentSection(data.contentGaps?.edges ?? []));
}

// The address's hash routes the console, so section links scroll and move the focus instead of navigating.
function jump(event, container, target) {
  event.preventDefault();
  const section = container.querySelector(target);
  section.setAttribute('tabindex', '-1');
  section.focus();
  section.scrollIntoView();
}
