// Retention: the last 12 months' logo churn, GRR, NRR and renewal rate, the ARR bridge, and NRR and GRR month by
// month; for cs-admins, what the latest churn analysis found (which metrics told churned from retained, and how well
// the current and the suggested scorecard's bands did on outcomes they were not fitted on).
import {graphql} from '../api.js';
import {barChart, lineChart} from '../charts.js';
import {facts, formatMoney, h, show} from '../dom.js';

const QUERY = `query Retention {
  retention { total {
    logoChurnRate grossRevenueRetention netRevenueRetention renewalRate
    movements { startingArr newArr expansionArr contractionArr churnedArr endingArr startingLogos churnedLogos }
  } }
  retentionSeries { month metrics { grossRevenueRetention netRevenueRetention } }
}`;
const ANALYSES = `query ChurnAnalyses { churnAnalyses { id status finishedAt } }`;
const ANALYSIS = `query ChurnAnalysis($id: UUID!) {
  churnAnalysis(id: $id) { id finishedAt result {
    outcomes churned
    findings { metric windowDays auc strength direction }
    current { auc bands { band churnRate outcomes } }
    suggested { auc bands { band churnRate outcomes } }
  } }
}`;

export async function render(container, user) {
  const data = await graphql(QUERY);
  show(container,
    h('h1', {}, 'Retention'),
    figures(data.retention?.total),
    series(data.retentionSeries ?? []),
    user.isAdmin ? await churnAnalysis() : null);
}

function figures(total) {
  const movements = total?.movements ?? {};
  const bridge = [
    ['start', 'Starting ARR', movements.startingArr, 'current'],
    ['new', 'New', movements.newArr, 'band-green'],
    ['expansion', 'Expansion', movements.expansionArr, 'band-green'],
    ['contraction', 'Contraction', movements.contractionArr, 'band-yellow'],
    ['churn', 'Churned', movements.churnedArr, 'band-red'],
    ['end', 'Ending ARR', movements.endingArr, 'rate'],
  ].map(([key, label, value, className]) => ({key, label, value: Number(value ?? 0), className}));
  return h('section', {'aria-labelledby': 'retention-title', id: 'retention'},
    h('h2', {id: 'retention-title'}, 'The last 12 months'),
    facts([
      ['Logo churn', percent(total?.logoChurnRate)],
      ['Gross revenue retention', percent(total?.grossRevenueRetention)],
      ['Net revenue retention', percent(total?.netRevenueRetention)],
      ['Renewal rate', percent(total?.renewalRate)],
      ['Logos at the start', movements.startingLogos],
      ['Logos churned', movements.churnedLogos],
    ]),
    h('figure', {}, h('figcaption', {}, 'ARR bridge'),
      barChart(bridge, `ARR bridge: ${bridge.map(slice => `${slice.label} ${formatMoney(slice.value)}`).join(', ')}`,
        formatMoney)));
}

function series(months) {
  const labels = months.map(month => month.month);
  const nrr = months.map(month => month.metrics?.netRevenueRetention ?? null);
  const grr = months.map(month => month.metrics?.grossRevenueRetention ?? null);
  return h('section', {'aria-labelledby': 'series-title', id: 'retention-series'},
    h('h2', {id: 'series-title'}, 'Month by month'),
    months.length
      ? h('figure', {}, h('figcaption', {}, 'Net and gross revenue retention by month'),
        lineChart(labels, [
          {name: 'Net revenue retention', className: 'nrr', values: nrr},
          {name: 'Gross revenue retention', className: 'grr', values: grr},
        ], `Net revenue retention by month: ${labels.map((label, i) => `${label} ${percent(nrr[i])}`).join(', ')}.`
          + ` Gross: ${labels.map((label, i) => `${label} ${percent(grr[i])}`).join(', ')}`, percent))
      : h('p', {}, 'No months to show yet.'));
}

async function churnAnalysis() {
  const list = (await graphql(ANALYSES)).churnAnalyses ?? [];
  const latest = list.find(analysis => analysis.status === 'COMPLETED');
  const section = (...children) => h('section', {'aria-labelledby': 'churn-title', id: 'churn-analysis'},
    h('h2', {id: 'churn-title'}, 'Churn analysis'), ...children);
  if (!latest) return section(h('p', {}, 'No completed churn analysis yet.'));
  const result = (await graphql(ANALYSIS, {id: latest.id})).churnAnalysis?.result;
  if (!result) return section(h('p', {}, 'The latest analysis has no result to show.'));
  const findings = [...(result.findings ?? [])].sort((a, b) => b.strength - a.strength).slice(0, 10)
    .map(finding => ({key: finding.metric, label: `${finding.metric} (${finding.windowDays} d)`,
      value: finding.strength, className: finding.direction === 'LOWER_IS_BETTER' ? 'band-red' : 'rate'}));
  return section(
    h('p', {}, `Finished ${String(latest.finishedAt ?? '').slice(0, 10)}: ${result.outcomes} outcomes, `
      + `${result.churned} churned. Strength: how well a metric told churned from retained (0.5 tells nothing).`),
    h('div', {class: 'charts'},
      h('figure', {}, h('figcaption', {}, 'Which metrics told churn'),
        barChart(findings, `Metric strength: ${findings.map(f => `${f.label} ${f.value.toFixed(2)}`).join(', ')}`,
          value => Number(value).toFixed(2))),
      backtest('Churn by band, current scorecard', result.current),
      backtest('Churn by band, suggested scorecard', result.suggested)));
}

function backtest(caption, test) {
  const bands = (test?.bands ?? []).map(band => ({key: band.band, label: band.band,
    value: band.churnRate ?? 0, className: `band-${String(band.band).toLowerCase()}`}));
  if (!bands.length) return null;
  return h('figure', {}, h('figcaption', {}, `${caption} (AUC ${test.auc?.toFixed(2) ?? 'N/A'})`),
    barChart(bands, `${caption}: ${bands.map(band => `${band.label} ${percent(band.value)}`).join(', ')}`, percent));
}

function percent(value) {
  return value === null || value === undefined ? 'N/A' : `${(Number(value) * 100).toFixed(1)} %`;
}
