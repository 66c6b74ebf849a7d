import { FINDING_SEVERITIES } from '../../../../../shared/questionnaire/finding-drafts';
import type { ReportModel } from '../../../../../shared/report/model';
import type { ReportStrings } from '../../../../../shared/report/strings';
import type { ReportFormat } from '../../../../../shared/report/strings/format';
import { table } from '../table';
import { LEVEL_COLOR, SIZE, SPACE } from '../theme';
import { tiles } from '../tiles';
import type { ReportWriter } from '../writer';

const STRONG = 0.75;
const MODERATE = 0.45;

/** The summary a plant manager reads: four figures, then short sentences generated from the numbers. */
export function renderExecutiveSummary(w: ReportWriter, model: ReportModel): void {
  const { s, f } = w;
  const e = model.executive;
  w.section(s.sections.executiveSummary);
  kpiTiles(w, model);
  for (const paragraph of summaryParagraphs(model, s, f)) w.paragraph(paragraph, { size: SIZE.body + 0.5, after: SPACE.m - 2 });

  if (e.topRisks.length) {
    w.heading3(s.executive.topRisks, 70);
    table(
      w,
      [
        { header: s.risks.number, width: 0.7 },
        { header: s.risks.scenario, width: 5 },
        { header: s.risks.target, width: 2.2 },
        { header: s.risks.residualShort, width: 1.3 },
      ],
      e.topRisks.map((r) => {
        const level = r.residual.level ?? r.inherent.level;
        return [r.number, r.title, r.target, level ? { text: s.riskLevel[level], badge: LEVEL_COLOR[level] } : s.risks.notRated];
      }),
    );
  }
  if (e.keyFindings.length) {
    w.heading3(s.executive.keyFindings, 70);
    table(
      w,
      [
        { header: s.risks.number, width: 0.7 },
        { header: s.findings.finding, width: 6.5 },
        { header: s.findings.severity, width: 1.3 },
      ],
      e.keyFindings.map((x) => [x.number, x.title, { text: s.severity[x.severity], badge: LEVEL_COLOR[x.severity] }]),
    );
  }
}

function kpiTiles(w: ReportWriter, model: ReportModel): void {
  const { s, f } = w;
  const e = model.executive;
  tiles(w, [
    { label: s.executive.kpiCompliance, value: f.percent(e.compliance) },
    { label: s.executive.kpiCoverage, value: f.percent(e.coverage) },
    {
      label: s.executive.kpiMaturity,
      value: f.decimal(e.averageMaturity),
      note: e.averageTarget === null ? '' : s.executive.ofTarget(f.decimal(e.averageTarget)),
    },
    { label: s.executive.kpiIntolerable, value: model.missing.risks ? '–' : f.integer(e.intolerableRisks), alert: e.intolerableRisks > 0 },
  ]);
}

/** Plain sentences from the figures, grouped into short paragraphs. */
function summaryParagraphs(model: ReportModel, s: ReportStrings, f: ReportFormat): string[] {
  const x = s.executive;
  const e = model.executive;
  const overall = model.score.overall;
  const paragraphs: string[] = [];
  if (e.compliance === null) {
    paragraphs.push(x.noAnswers);
  } else {
    const verdict = e.compliance >= STRONG ? x.verdict.strong : e.compliance >= MODERATE ? x.verdict.moderate : x.verdict.weak;
    const coverage = [x.coverage(overall.answered, overall.applicable, f.percent(e.coverage))];
    if (e.coverage !== null && e.coverage < 1) coverage.push(x.coverageIncomplete);
    paragraphs.push([x.compliance(f.percent(e.compliance)), verdict, ...coverage].join(' '));
    const maturity: string[] = [];
    if (e.averageMaturity !== null) {
      maturity.push(e.averageTarget === null ? x.maturityNoTarget(f.decimal(e.averageMaturity)) : x.maturity(f.decimal(e.averageMaturity), f.decimal(e.averageTarget)));
    }
    const named = (steps: typeof e.weakestSteps) => f.list(steps.map((st) => `${st.title} (${f.percent(st.compliance)})`));
    if (e.weakestSteps.length > 1) {
      const weakest = new Set(e.weakestSteps.map((st) => st.step));
      const strongest = e.strongestSteps.filter((st) => !weakest.has(st.step));
      maturity.push(x.weakest(named(e.weakestSteps)));
      if (strongest.length) maturity.push(x.strongest(named(strongest)));
    }
    if (maturity.length) paragraphs.push(maturity.join(' '));
  }
  const rest: string[] = [];
  rest.push(model.risks.length ? x.risks(model.risks.length, e.intolerableRisks) : x.noRisks);
  if (model.findings.length) {
    const counts = [...FINDING_SEVERITIES]
      .reverse()
      .filter((sev) => e.findingsBySeverity[sev] > 0)
      .map((sev) => x.severityCount(e.findingsBySeverity[sev], s.severity[sev]));
    rest.push(x.findings(model.findings.length, f.list(counts)));
  } else {
    rest.push(x.noFindings);
  }
  rest.push(model.actions.length ? x.actions(e.openActions, e.overdueActions) : x.noActions);
  paragraphs.push(rest.join(' '));
  return paragraphs;
}
