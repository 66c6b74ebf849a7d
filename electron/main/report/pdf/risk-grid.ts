import type { RiskLevel, RiskMatrix } from '../../../../shared/risk/types';
import { riskLevelRank } from '../../../../shared/risk/matrix';
import type { Box } from './charts';
import { COLOR, LEVEL_COLOR, SIZE } from './theme';
import type { ReportWriter } from './writer';

export interface GridOptions {
  title: string;
  /** What each cell shows, by 1-based likelihood and consequence. */
  cellText: (likelihood: number, consequence: number) => string;
  /** Lighten cells whose text is empty (heat maps: cells without scenarios). */
  fadeEmpty?: boolean;
  /** Outline the cells at or below the tolerable level. */
  markTolerable?: boolean;
  cellHeight?: number;
}

const AXIS_TITLE = 12;

/** Height the grid needs at this width (labels are measured, they wrap). */
export function riskGridHeight(w: ReportWriter, matrix: RiskMatrix, box: Box, options: GridOptions): number {
  const { cellWidth, cellHeight } = geometry(matrix, box, options);
  return titleHeight(options) + matrix.likelihood.length * cellHeight + columnLabelHeight(w, matrix, cellWidth) + AXIS_TITLE + 6;
}

const titleHeight = (options: GridOptions) => (options.title ? 16 : 0);

function geometry(matrix: RiskMatrix, box: Box, options: GridOptions) {
  const labelWidth = Math.min(92, box.width * 0.28);
  const gridX = box.x + AXIS_TITLE + labelWidth;
  const cellWidth = (box.width - AXIS_TITLE - labelWidth) / matrix.consequence.length;
  const cellHeight = options.cellHeight ?? Math.min(34, Math.max(24, cellWidth * 0.62));
  return { labelWidth, gridX, cellWidth, cellHeight };
}

function columnLabelHeight(w: ReportWriter, matrix: RiskMatrix, cellWidth: number): number {
  w.font(false, SIZE.small - 1.5);
  return 6 + Math.max(...columnLabels(w, matrix, cellWidth).map((label) => w.doc.heightOfString(label, { width: cellWidth - 2 })));
}

/** "3 Serious" under each column, or just "3" where a word of the label would have to break. */
function columnLabels(w: ReportWriter, matrix: RiskMatrix, cellWidth: number): string[] {
  w.font(false, SIZE.small - 1.5);
  const fits = matrix.consequence.every((c) => c.label.split(/\s+/).every((word) => w.doc.widthOfString(word) <= cellWidth - 4));
  return matrix.consequence.map((c, i) => (fits ? `${i + 1} ${c.label}` : String(i + 1)));
}

/**
 * A likelihood × consequence grid, likelihood rising upwards: the risk matrix itself or a heat map. Cells are
 * filled by their level so the grid reads in grey too. Returns the y below it.
 */
export function riskGrid(w: ReportWriter, matrix: RiskMatrix, box: Box, options: GridOptions): number {
  const doc = w.doc;
  const s = w.s.risks;
  const { labelWidth, gridX, cellWidth, cellHeight } = geometry(matrix, box, options);
  if (options.title) w.font(true, SIZE.small + 0.5, COLOR.ink).text(options.title, box.x, box.y, { width: box.width, lineBreak: false });
  const top = box.y + titleHeight(options);
  const rows = matrix.likelihood.length;
  const tolerableRank = riskLevelRank(matrix.tolerable);

  for (let r = 0; r < rows; r++) {
    const likelihood = rows - r;
    const y = top + r * cellHeight;
    const label = `${likelihood} ${matrix.likelihood[likelihood - 1]?.label ?? ''}`;
    w.font(false, SIZE.small - 1.5, COLOR.ink);
    const labelHeight = doc.heightOfString(label, { width: labelWidth - 6 });
    doc.text(label, gridX - labelWidth, y + (cellHeight - labelHeight) / 2, { width: labelWidth - 6, align: 'right' });
    for (let c = 1; c <= matrix.consequence.length; c++) {
      const level: RiskLevel = matrix.cells[likelihood - 1]?.[c - 1] ?? 'low';
      const x = gridX + (c - 1) * cellWidth;
      const text = options.cellText(likelihood, c);
      const faded = options.fadeEmpty === true && text === '';
      doc.save();
      if (faded) doc.fillOpacity(0.35);
      doc.rect(x, y, cellWidth, cellHeight).fill(LEVEL_COLOR[level].fill);
      doc.restore();
      doc.rect(x, y, cellWidth, cellHeight).lineWidth(0.8).strokeColor(COLOR.white).stroke();
      if (options.markTolerable && riskLevelRank(level) <= tolerableRank) {
        doc.rect(x + 2.5, y + 2.5, cellWidth - 5, cellHeight - 5).lineWidth(0.9).dash(2, { space: 1.5 }).strokeColor(COLOR.navy).stroke().undash();
      }
      if (text) {
        const size = options.fadeEmpty ? SIZE.body + 1 : SIZE.small - 1;
        w.font(options.fadeEmpty === true, size, LEVEL_COLOR[level].text);
        const textHeight = doc.heightOfString(text, { width: cellWidth - 4 });
        doc.text(text, x + 2, y + (cellHeight - textHeight) / 2 + 0.5, { width: cellWidth - 4, align: 'center' });
      }
    }
  }
  const gridBottom = top + rows * cellHeight;
  w.font(false, SIZE.small - 1.5, COLOR.ink);
  columnLabels(w, matrix, cellWidth).forEach((label, i) => {
    doc.text(label, gridX + i * cellWidth + 1, gridBottom + 4, { width: cellWidth - 2, align: 'center' });
  });
  const labelsBottom = gridBottom + columnLabelHeight(w, matrix, cellWidth);
  w.font(true, SIZE.small - 1, COLOR.muted);
  doc.text(s.consequence, gridX, labelsBottom + 1, { width: cellWidth * matrix.consequence.length, align: 'center', lineBreak: false });
  // The likelihood axis title runs upwards beside the row labels.
  const middle = top + (rows * cellHeight) / 2;
  doc.save();
  doc.rotate(-90, { origin: [box.x + 4, middle] });
  doc.text(s.likelihood, box.x + 4 - 80, middle - 4, { width: 160, align: 'center', lineBreak: false });
  doc.restore();
  return labelsBottom + AXIS_TITLE + 6;
}

export function levelLegend(w: ReportWriter, x: number, y: number): number {
  let cursor = x;
  for (const level of ['low', 'medium', 'high', 'critical'] as const) {
    w.doc.rect(cursor, y, 10, 10).fill(LEVEL_COLOR[level].fill);
    w.font(false, SIZE.small - 0.5, COLOR.ink).text(w.s.riskLevel[level], cursor + 13, y + 1, { lineBreak: false });
    cursor += 13 + w.doc.widthOfString(w.s.riskLevel[level]) + 14;
  }
  return y + 16;
}
