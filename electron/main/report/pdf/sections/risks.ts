import type { ReportModel, RiskRow } from '../../../../../shared/report/model';
import type { RiskEvaluation } from '../../../../../shared/risk/scenario';
import { levelLegend, riskGrid, riskGridHeight, type GridOptions } from '../risk-grid';
import { keyValues, table, type Cell } from '../table';
import { COLOR, LEVEL_COLOR, SIZE, SPACE } from '../theme';
import type { ReportWriter } from '../writer';

const COLUMN_GAP = 22;

export function renderRisks(w: ReportWriter, model: ReportModel): void {
  const { s } = w;
  const t = s.risks;
  const matrix = model.matrix;
  w.section(s.sections.risks);
  if (model.missing.risks) w.notAssessed(s.notAssessed.risks);

  w.subsection(t.matrix, 200);
  const full = { x: w.left, y: w.y, width: w.width * 0.78 };
  const matrixGrid: GridOptions = {
    title: '',
    cellText: (l, c) => s.riskLevel[matrix.cells[l - 1]?.[c - 1] ?? 'low'],
    markTolerable: true,
    cellHeight: 30,
  };
  w.ensureSpace(riskGridHeight(w, matrix, full, matrixGrid) + 30);
  w.y = riskGrid(w, matrix, { ...full, y: w.y }, matrixGrid);
  w.y = levelLegend(w, w.left, w.y);
  w.paragraph(t.matrixNote(s.riskLevel[matrix.tolerable]), { size: SIZE.small, color: COLOR.muted });
  if (model.missing.risks) return;

  w.subsection(t.heatMaps, 220);
  const width = (w.width - COLUMN_GAP) / 2;
  const count = (grid: number[][]) => (l: number, c: number) => {
    const n = grid[l - 1]?.[c - 1] ?? 0;
    return n ? String(n) : '';
  };
  const inherent: GridOptions = { title: t.inherent, cellText: count(model.heatMap.inherent), fadeEmpty: true };
  const residual: GridOptions = { title: t.residual, cellText: count(model.heatMap.residual), fadeEmpty: true };
  const height = riskGridHeight(w, matrix, { x: w.left, y: 0, width }, inherent);
  w.ensureSpace(height + 20);
  const y = w.y;
  const leftEnd = riskGrid(w, matrix, { x: w.left, y, width }, inherent);
  const rightEnd = riskGrid(w, matrix, { x: w.left + width + COLUMN_GAP, y, width }, residual);
  w.y = levelLegend(w, w.left, Math.max(leftEnd, rightEnd)) + SPACE.s;

  w.subsection(t.register);
  table(
    w,
    [
      { header: t.number, width: 0.75 },
      { header: t.scenario, width: 3.8 },
      { header: t.target, width: 2 },
      { header: t.inherentShort, width: 1.15 },
      { header: t.residualShort, width: 1.15 },
      { header: t.treatment, width: 1.2 },
    ],
    model.risks.map((r) => [
      { text: r.number, bold: true },
      r.title,
      r.target,
      levelCell(w, r.inherent),
      levelCell(w, r.residual),
      r.treatment ? s.treatment[r.treatment] : '–',
    ]),
  );

  w.subsection(t.details);
  for (const risk of model.risks) scenarioDetails(w, model, risk);
}

function levelCell(w: ReportWriter, evaluation: RiskEvaluation): Cell {
  return evaluation.level ? { text: w.s.riskLevel[evaluation.level], badge: LEVEL_COLOR[evaluation.level] } : { text: '–', color: COLOR.muted };
}

function scenarioDetails(w: ReportWriter, model: ReportModel, risk: RiskRow): void {
  const { s } = w;
  const t = s.risks;
  const rating = (e: RiskEvaluation) => {
    if (!e.level || e.consequence === null) return t.notRated;
    const likelihood = `${e.likelihood} ${model.matrix.likelihood[e.likelihood - 1]?.label ?? ''}`.trim();
    const consequence = `${e.consequence} ${model.matrix.consequence[e.consequence - 1]?.label ?? ''}`.trim();
    return `${t.rating(likelihood, consequence, s.riskLevel[e.level])} · ${e.tolerable ? t.tolerable : t.intolerable}`;
  };
  w.heading3(`${risk.number} · ${risk.title}`, 160);
  const rows: [string, string][] = [
    [risk.targetKind === 'zone' ? t.zone : t.conduit, risk.target],
    [t.threat, risk.threat],
    [t.vulnerability, risk.vulnerability],
    [t.countermeasures, risk.existingCountermeasures],
    [t.inherentShort, rating(risk.inherent)],
    [t.residualShort, rating(risk.residual)],
    [t.treatment, risk.treatment ? s.treatment[risk.treatment] : '–'],
    [t.treatmentReason, risk.treatmentReason],
    [t.assets, risk.assets.join(', ')],
    [t.findings, risk.findingNumbers.join(', ')],
  ];
  keyValues(w, rows, { keepTogether: true });
  w.gap(SPACE.xs);
}
