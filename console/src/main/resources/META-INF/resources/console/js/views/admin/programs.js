// Onboarding programs with their milestones, success rate overall and by cohort (a bar per cohort that has ended
// enrollments), and where unfinished enrollments stall. Read typed: programs and programStats.
import {graphql} from '../../api.js';
import {barChart} from '../../charts.js';
import {formatNumber, h, table} from '../../dom.js';

export const PROGRAMS = `programs { id name periodDays premium endPolicy extensionDays
    milestones { id position name kind subject threshold } }`;
const STATS = `query ProgramStats($programId: UUID!) {
  programStats(programId: $programId) {
    overall { enrolled succeeded failed inProgress successRate medianDaysToSuccess }
    byCohort { cohort enrolled successRate }
    stalledAt { name } stalledThere
  }
}`;

export async function programsSection(list) {
  // One after the other: the gateway runs at most two queries of a caller at once.
  const stats = [];
  for (const program of list) {
    stats.push(await graphql(STATS, {programId: program.id}).then(data => data.programStats, () => null));
  }
  return h('section', {'aria-labelledby': 'programs-title', id: 'programs'},
    h('h2', {id: 'programs-title'}, 'Onboarding programs'),
    list.length ? null : h('p', {}, 'No program yet.'),
    list.map((program, index) => programArticle(program, stats[index])));
}

function programArticle(program, figures) {
  const cohorts = cohortRates(figures);
  const overall = figures?.overall;
  const rate = overall?.successRate;
  return h('article', {class: 'program'},
    h('h3', {}, program.name),
    h('p', {}, `${program.periodDays} days${program.premium ? ', premium' : ''}`
      + `${program.endPolicy === 'EXTEND' ? `, extended by ${program.extensionDays} days when late` : ''}`
      + `; success rate ${rate === null || rate === undefined ? 'N/A (none ended yet)' : formatRate(rate)}`
      + `; ${overall?.enrolled ?? 0} enrolled`
      + (overall?.medianDaysToSuccess ? `, median ${formatNumber(overall.medianDaysToSuccess)} days to success` : '')
      + (figures?.stalledAt ? `; ${figures.stalledThere} stalled before “${figures.stalledAt.name}”` : '') + '.'),
    table(`Milestones of ${program.name}`, ['#', 'Milestone', 'Asks for'],
      (program.milestones ?? []).map(milestone => h('tr', {},
        h('td', {class: 'number'}, milestone.position),
        h('th', {scope: 'row'}, milestone.name),
        h('td', {}, asksFor(milestone))))),
    cohorts.length
      ? h('figure', {}, h('figcaption', {}, 'Success rate by cohort (month the enrollments started)'),
        barChart(cohorts, `Success rate by cohort: ${cohorts.map(c => `${c.label} ${formatRate(c.value)}`)
          .join(', ')}`, formatRate))
      : h('p', {}, 'No cohort has ended enrollments yet.'));
}

function asksFor(milestone) {
  const subject = milestone.subject ? ` ${milestone.subject}` : '';
  switch (milestone.kind) {
    case 'SEATS_ACTIVE':
      return `${milestone.threshold} seats in use`;
    case 'FEATURE_USED':
      return `${subject.trim()} used ${milestone.threshold} times`;
    case 'SETUP_STEP_DONE':
      return `setup step${subject} done`;
    default:
      return `ROI reported${subject}`;
  }
}

/** Cohorts with an ended enrollment, oldest first; a young cohort with none ended has no rate yet. */
function cohortRates(figures) {
  return (figures?.byCohort ?? [])
    .filter(cohort => cohort.successRate !== null && cohort.successRate !== undefined)
    .sort((a, b) => String(a.cohort).localeCompare(String(b.cohort)))
    .map(cohort => ({key: cohort.cohort, label: cohort.cohort, value: cohort.successRate, className: 'rate'}));
}

export function formatRate(value) {
  return `${Math.round(Number(value) * 100)} %`;
}
