import type { CountRow, ReportModel } from '../../../../../shared/report/model';
import type { AssetType, Criticality, Lifecycle, PurdueLevel } from '../../../../../shared/assets/taxonomy';
import { barChart, barChartHeight, type Bar } from '../charts';
import { COLOR, LEVEL_COLOR, SPACE } from '../theme';
import { tiles } from '../tiles';
import type { ReportWriter } from '../writer';

const COLUMN_GAP = 24;
const EXPIRED: readonly string[] = ['end-of-support', 'end-of-life'];

export function renderAssetSummary(w: ReportWriter, model: ReportModel): void {
  const { s, f } = w;
  const a = s.assets;
  const summary = model.assetSummary;
  w.section(s.sections.assetSummary);
  if (model.missing.assets) {
    w.notAssessed(s.notAssessed.assets);
    return;
  }
  tiles(w, [
    { label: a.total, value: f.integer(summary.total) },
    { label: a.endOfSupport, value: f.integer(summary.endOfSupport), alert: summary.endOfSupport > 0 },
    { label: a.remoteAccess, value: f.integer(summary.remoteAccess) },
    { label: a.withoutZone, value: f.integer(summary.withoutZone) },
  ]);

  const label = <K extends string>(names: Record<K, string>) => (key: string) => (key ? (names[key as K] ?? key) : a.unset);
  const bars = (rows: readonly CountRow[], name: (key: string) => string, color?: (key: string) => string): Bar[] =>
    rows.map((row) => ({ label: name(row.key), value: row.count, display: f.integer(row.count), color: color?.(row.key) }));

  const byType = bars(summary.byType, label<AssetType>(s.assetType));
  w.ensureSpace(barChartHeight(byType.length) + 20);
  w.y = barChart(w, { x: w.left, y: w.y, width: w.width }, a.byType, byType, { labelShare: 0.3 }) + SPACE.m;

  const criticality = bars(inOrder(summary.byCriticality, ['critical', 'high', 'medium', 'low']), label<Criticality>(s.criticality), (key) => (key ? LEVEL_COLOR[key as Criticality].fill : COLOR.rule));
  const purdue = bars(
    [...summary.byPurdueLevel].sort((x, y) => (x.key === '' ? 1 : y.key === '' ? -1 : Number(x.key) - Number(y.key))),
    label<PurdueLevel>(s.purdue),
  );
  pair(w, [a.byCriticality, criticality], [a.byPurdue, purdue]);

  const lifecycle = bars(summary.byLifecycle, label<Lifecycle>(s.lifecycle), (key) => (EXPIRED.includes(key) ? LEVEL_COLOR.critical.fill : COLOR.navy));
  const zones = bars(summary.byZone, (key) => key || a.noZone);
  pair(w, [a.byLifecycle, lifecycle], [a.byZone, zones]);
}

/** Rows in the order of a scale (most severe first), unset last. */
function inOrder(rows: readonly CountRow[], order: readonly string[]): CountRow[] {
  const rank = (key: string) => (key ? order.indexOf(key) : order.length);
  return [...rows].sort((x, y) => rank(x.key) - rank(y.key));
}

/** Two charts side by side, kept on one page. */
function pair(w: ReportWriter, left: [string, Bar[]], right: [string, Bar[]]): void {
  const width = (w.width - COLUMN_GAP) / 2;
  w.ensureSpace(Math.max(barChartHeight(left[1].length), barChartHeight(right[1].length)) + 20);
  const y = w.y;
  const leftEnd = barChart(w, { x: w.left, y, width }, left[0], left[1]);
  const rightEnd = barChart(w, { x: w.left + width + COLUMN_GAP, y, width }, right[0], right[1]);
  w.y = Math.max(leftEnd, rightEnd) + SPACE.m;
}
