import { COLOR, LEVEL_COLOR, SIZE, SPACE } from './theme';
import type { ReportWriter } from './writer';

export interface Tile {
  label: string;
  value: string;
  note?: string;
  /** Marks a figure that needs attention (a red top edge instead of navy). */
  alert?: boolean;
}

const HEIGHT = 62;
const GAP = 10;

/** A row of key figures: large number, small caption. */
export function tiles(w: ReportWriter, items: readonly Tile[]): void {
  const { doc } = w;
  const width = (w.width - GAP * (items.length - 1)) / items.length;
  w.ensureSpace(HEIGHT + SPACE.l);
  const y = w.y;
  items.forEach((tile, i) => {
    const x = w.left + i * (width + GAP);
    doc.rect(x, y, width, HEIGHT).fill(COLOR.tint);
    doc.rect(x, y, width, 2.5).fill(tile.alert ? LEVEL_COLOR.critical.fill : COLOR.navy);
    w.font(true, 20, COLOR.navy).text(tile.value, x + 10, y + 12, { width: width - 20, lineBreak: false });
    if (tile.note) w.font(false, SIZE.small - 1, COLOR.muted).text(tile.note, x + 10, y + 37, { width: width - 20, lineBreak: false });
    w.font(true, SIZE.small - 1.5, COLOR.muted);
    const label = tile.label.toUpperCase();
    const labelHeight = Math.min(doc.heightOfString(label, { width: width - 16 }), 18);
    doc.text(label, x + 10, y + HEIGHT - 7 - labelHeight, { width: width - 16, height: 18, ellipsis: true });
  });
  w.y = y + HEIGHT + SPACE.l;
}
