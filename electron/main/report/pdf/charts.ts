import { COLOR, SIZE } from './theme';
import type { ReportWriter } from './writer';

/** Where a chart goes: charts draw at a given box, so two can sit side by side. */
export interface Box {
  x: number;
  y: number;
  width: number;
}

export interface Bar {
  label: string;
  value: number;
  /** The text after the bar; the value by default. */
  display?: string;
  color?: string;
}

export interface BarChartOptions {
  /** The value a full-width bar stands for; the largest value by default. */
  max?: number;
  /** Grid lines with their labels, e.g. 0 %, 50 %, 100 %. */
  ticks?: { value: number; label: string }[];
  labelShare?: number;
}

const BAR = 9;
const BAR_GAP = 4;
const TITLE_GAP = 16;
const AXIS = 12;

export function barChartHeight(bars: number, options: Pick<BarChartOptions, 'ticks'> = {}): number {
  return TITLE_GAP + bars * (BAR + BAR_GAP) + (options.ticks ? AXIS : 0);
}

/** Horizontal bars with their labels on the left and values at the bar ends. Returns the y below the chart. */
export function barChart(w: ReportWriter, box: Box, title: string, bars: readonly Bar[], options: BarChartOptions = {}): number {
  const doc = w.doc;
  const labelWidth = box.width * (options.labelShare ?? 0.36);
  const valueWidth = 34;
  const x0 = box.x + labelWidth + 6;
  const plotWidth = box.width - labelWidth - 6 - valueWidth;
  const max = options.max ?? Math.max(1, ...bars.map((b) => b.value));
  chartTitle(w, box, title);
  const top = box.y + TITLE_GAP;
  const bottom = top + bars.length * (BAR + BAR_GAP) - BAR_GAP;
  for (const tick of options.ticks ?? []) {
    const x = x0 + (tick.value / max) * plotWidth;
    doc.moveTo(x, top - 2).lineTo(x, bottom + 2).lineWidth(0.4).dash(1.5, { space: 1.5 }).strokeColor(COLOR.rule).stroke().undash();
    w.font(false, SIZE.small - 1.5, COLOR.faint).text(tick.label, x - 20, bottom + 4, { width: 40, align: 'center', lineBreak: false });
  }
  bars.forEach((bar, i) => {
    const y = top + i * (BAR + BAR_GAP);
    w.font(false, SIZE.small - 0.5, COLOR.ink);
    doc.text(bar.label, box.x, y + 0.8, { width: labelWidth, align: 'right', height: BAR, ellipsis: true, lineBreak: false });
    const length = Math.max(0, Math.min(1, bar.value / max)) * plotWidth;
    doc.rect(x0, y, plotWidth, BAR).fill(COLOR.zebra);
    if (length > 0) doc.rect(x0, y, length, BAR).fill(bar.color ?? COLOR.navy);
    w.font(true, SIZE.small - 0.5, COLOR.ink).text(bar.display ?? String(bar.value), x0 + plotWidth + 4, y + 0.8, {
      width: valueWidth - 4,
      lineBreak: false,
    });
  });
  return bottom + (options.ticks ? AXIS + 6 : 6);
}

export interface PairedBar {
  label: string;
  a: number | null;
  b: number | null;
}

export function pairedBarChartHeight(bars: number): number {
  return TITLE_GAP + 14 + bars * (2 * 6 + 1 + BAR_GAP + 1) + AXIS;
}

/** Two bars per item (achieved against target), on a fixed scale with a legend. */
export function pairedBarChart(
  w: ReportWriter,
  box: Box,
  title: string,
  bars: readonly PairedBar[],
  legend: [string, string],
  scale: { max: number; ticks: number[] },
): number {
  const doc = w.doc;
  const thin = 6;
  const labelWidth = box.width * 0.36;
  const x0 = box.x + labelWidth + 6;
  const plotWidth = box.width - labelWidth - 6 - 34;
  chartTitle(w, box, title);
  const legendY = box.y + TITLE_GAP;
  legendItems(w, x0, legendY, [
    [legend[0], COLOR.navy],
    [legend[1], COLOR.series2],
  ]);
  const top = legendY + 14;
  const rowHeight = 2 * thin + 1 + BAR_GAP + 1;
  const bottom = top + bars.length * rowHeight - BAR_GAP;
  for (const tick of scale.ticks) {
    const x = x0 + (tick / scale.max) * plotWidth;
    doc.moveTo(x, top - 2).lineTo(x, bottom + 2).lineWidth(0.4).dash(1.5, { space: 1.5 }).strokeColor(COLOR.rule).stroke().undash();
    w.font(false, SIZE.small - 1.5, COLOR.faint).text(String(tick), x - 10, bottom + 4, { width: 20, align: 'center', lineBreak: false });
  }
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    w.font(false, SIZE.small - 0.5, COLOR.ink);
    doc.text(bar.label, box.x, y + 2.5, { width: labelWidth, align: 'right', height: 10, ellipsis: true, lineBreak: false });
    const draw = (value: number | null, offset: number, color: string) => {
      if (value === null) return;
      doc.rect(x0, y + offset, (Math.min(value, scale.max) / scale.max) * plotWidth, thin).fill(color);
      w.font(false, SIZE.small - 1.5, COLOR.muted).text(w.f.decimal(value), x0 + (value / scale.max) * plotWidth + 3, y + offset - 0.5, {
        lineBreak: false,
      });
    };
    draw(bar.a, 0, COLOR.navy);
    draw(bar.b, thin + 1, COLOR.series2);
  });
  return bottom + AXIS + 6;
}

function legendItems(w: ReportWriter, x: number, y: number, items: readonly [string, string][]): void {
  let cursor = x;
  for (const [label, color] of items) {
    w.doc.rect(cursor, y + 1, 8, 8).fill(color);
    w.font(false, SIZE.small - 0.5, COLOR.ink).text(label, cursor + 11, y + 1, { lineBreak: false });
    cursor += 11 + w.doc.widthOfString(label) + 14;
  }
}

function chartTitle(w: ReportWriter, box: Box, title: string): void {
  w.font(true, SIZE.small + 0.5, COLOR.ink).text(title, box.x, box.y, { width: box.width, lineBreak: false });
}
