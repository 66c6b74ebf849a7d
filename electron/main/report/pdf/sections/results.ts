import type { AnswerStatus } from '../../../../../shared/questionnaire/answer';
import type { ReportModel, RequirementRow } from '../../../../../shared/report/model';
import { barChart, barChartHeight, pairedBarChart, pairedBarChartHeight } from '../charts';
import { table, type Cell, type Row } from '../table';
import { COLOR, LEVEL_COLOR, SIZE, SPACE } from '../theme';
import type { ReportWriter } from '../writer';

/** Status badges reuse the level colours, good to bad, so they read in grey as well. */
const STATUS_BADGE: Partial<Record<AnswerStatus, { fill: string; text: string }>> = {
  implemented: LEVEL_COLOR.low,
  partial: LEVEL_COLOR.medium,
  'not-implemented': LEVEL_COLOR.high,
};

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

export function renderResults(w: ReportWriter, model: ReportModel): void {
  const { s, f } = w;
  const r = s.results;
  w.section(s.sections.results);
  if (model.missing.answers) {
    w.notAssessed(s.notAssessed.answers);
    return;
  }
  const steps = model.score.steps;
  const label = (step: (typeof steps)[number]) => `${step.step} · ${step.title}`;
  const compliance = steps.map((st) => ({
    label: label(st),
    value: st.score.compliance ?? 0,
    display: f.percent(st.score.compliance),
  }));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, label: f.percent(value) }));
  w.ensureSpace(barChartHeight(compliance.length, { ticks }));
  w.y = barChart(w, { x: w.left, y: w.y, width: w.width }, r.compliance, compliance, { max: 1, ticks }) + SPACE.l;

  const byStep = (step: number) => model.requirements.filter((q) => q.step === step);
  const maturity = steps.map((st) => ({
    label: label(st),
    a: st.score.averageAchieved,
    b: mean(byStep(st.step).filter(isAssessed).flatMap((q) => (q.target === null ? [] : [q.target]))),
  }));
  w.ensureSpace(pairedBarChartHeight(maturity.length));
  w.y = pairedBarChart(w, { x: w.left, y: w.y, width: w.width }, r.maturity, maturity, [r.achieved, r.target], { max: 4, ticks: [0, 1, 2, 3, 4] });

  for (const step of steps) {
    w.subsection(label(step), 110);
    const score = step.score;
    if (score.answered === 0) {
      w.paragraph(r.stepNotAssessed, { color: COLOR.muted });
      continue;
    }
    w.paragraph(r.stepSummary(score.answered, score.applicable, f.percent(score.compliance)), { size: SIZE.small, color: COLOR.muted });
    table(
      w,
      [
        { header: r.id, width: 1.05 },
        { header: r.requirement, width: 3.4 },
        { header: r.references, width: 1.55 },
        { header: r.status, width: 2 },
        { header: r.level, width: 1.05, align: 'center' },
      ],
      byStep(step.step).flatMap((q) => requirementRows(w, q)),
    );
  }
}

function isAssessed(q: RequirementRow): boolean {
  return q.status !== 'not-assessed' && q.status !== 'not-applicable';
}

function requirementRows(w: ReportWriter, q: RequirementRow): Row[] {
  const { s } = w;
  const r = s.results;
  const badge = STATUS_BADGE[q.status];
  const status: Cell = badge ? { text: s.answerStatus[q.status], badge } : { text: s.answerStatus[q.status], color: COLOR.muted };
  const levels = q.achieved === null && q.target === null ? '–' : `${q.achieved ?? '–'} / ${q.target ?? '–'}`;
  const rows: Row[] = [
    [
      { text: q.id, bold: true },
      q.title,
      q.references.join(', '),
      status,
      q.gap ? { text: levels, bold: true, color: COLOR.marking } : levels,
    ],
  ];
  if (q.status === 'not-applicable' && q.naReason) rows.push({ span: q.naReason, label: r.naReason });
  if (q.notes) rows.push({ span: q.notes, label: r.notes });
  if (q.evidenceFiles.length) rows.push({ span: q.evidenceFiles.join(', '), label: r.evidence });
  return rows;
}
