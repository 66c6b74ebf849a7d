import { COLOR, SIZE, SPACE } from './theme';
import type { ReportWriter } from './writer';

export interface Column {
  header: string;
  /** Relative weight; columns share the text width in proportion. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface StyledCell {
  text: string;
  bold?: boolean;
  color?: string;
  /** A coloured label (severity, risk level): the text sits in a filled box. */
  badge?: { fill: string; text: string };
}

export type Cell = string | StyledCell;

/** A row of cells, or a line of text across the whole table under the row before it (notes, details). */
export type Row = Cell[] | { span: string; label?: string };

export interface TableOptions {
  size?: number;
  /** One line per row, longer values shortened with "…": the fast path for very long tables. */
  singleLine?: boolean;
  header?: boolean;
  zebra?: boolean;
  /** Left column in bold and muted (key-value tables). */
  keyColumn?: boolean;
  /** Start on a new page rather than split, when the whole table fits on one. */
  keepTogether?: boolean;
}

const PAD_X = 5;
const PAD_Y = 3.5;
const PAD_Y_COMPACT = 2.2;

const cellText = (cell: Cell) => (typeof cell === 'string' ? cell : cell.text);

/**
 * Draws a table that breaks across pages and repeats its header row on each. Row heights are measured before
 * drawing, so nothing overlaps; a spanning text of any length continues over as many pages as it needs.
 */
export function table(w: ReportWriter, columns: readonly Column[], rows: readonly Row[], options: TableOptions = {}): void {
  const doc = w.doc;
  const size = options.size ?? SIZE.table;
  const showHeader = options.header ?? true;
  const zebra = options.zebra ?? true;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const left = w.left;
  const widths = columns.map((c) => (c.width / total) * w.width);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const lineHeight = () => doc.currentLineHeight(true);
  const padY = options.singleLine ? PAD_Y_COMPACT : PAD_Y;

  const headerSize = fittingSize(w, columns, widths, size);
  w.font(true, headerSize);
  const headerRowHeight = showHeader
    ? Math.max(...columns.map((c, i) => doc.heightOfString(c.header, { width: widths[i]! - 2 * PAD_X }))) + 2 * PAD_Y
    : 0;

  /** Where the last header ended: a text continued there gets its top padding back. */
  let headerBottom = -1;
  const drawHeader = () => {
    if (showHeader) {
      const y = w.y;
      doc.rect(left, y, w.width, headerRowHeight).fill(COLOR.navy);
      w.font(true, headerSize, COLOR.white);
      columns.forEach((c, i) => {
        doc.text(c.header, xs[i]! + PAD_X, y + PAD_Y, { width: widths[i]! - 2 * PAD_X, align: c.align ?? 'left' });
      });
      w.y = y + headerRowHeight;
    }
    headerBottom = w.y;
  };

  const maxRowHeight = () => w.bottom - w.top - headerRowHeight - SPACE.s;

  const measure = (cells: readonly Cell[]): number => {
    if (options.singleLine) {
      w.font(false, size);
      return lineHeight() + 2 * padY;
    }
    let height = 0;
    cells.forEach((cell, i) => {
      const bold = typeof cell !== 'string' && (cell.bold ?? false);
      w.font(bold || (options.keyColumn === true && i === 0), size);
      // A badge is one line: its text shrinks to fit rather than wrap.
      const lines = typeof cell !== 'string' && cell.badge ? lineHeight() + 3 : doc.heightOfString(cellText(cell) || ' ', { width: widths[i]! - 2 * PAD_X });
      height = Math.max(height, lines);
    });
    return Math.min(height + 2 * PAD_Y, maxRowHeight());
  };

  /** One line per cell, no line wrapper (pdfkit wraps whenever a width is given): the long-table path. */
  const drawCompact = (cells: readonly Cell[], y: number) => {
    w.font(false, size, COLOR.ink);
    cells.forEach((cell, i) => {
      const styled = typeof cell === 'string' ? null : cell;
      if (styled) w.font(styled.bold ?? false, size, styled.color ?? COLOR.ink);
      const text = fitWidth(w, cellText(cell), widths[i]! - 2 * PAD_X, size);
      if (text) doc.text(text, xs[i]! + PAD_X, y + padY, { lineBreak: false });
      if (styled) w.font(false, size, COLOR.ink);
    });
  };

  const drawCells = (cells: readonly Cell[], y: number, height: number) => {
    if (options.singleLine) {
      drawCompact(cells, y);
      return;
    }
    cells.forEach((cell, i) => {
      const width = widths[i]! - 2 * PAD_X;
      const x = xs[i]! + PAD_X;
      const styled = typeof cell === 'string' ? { text: cell } : cell;
      const key = options.keyColumn === true && i === 0;
      w.font(styled.bold === true || key, size, styled.color ?? (key ? COLOR.muted : COLOR.ink));
      if (styled.badge) {
        w.font(true, size - 0.5, styled.badge.text);
        const natural = doc.widthOfString(styled.text);
        if (natural + 8 > width) doc.fontSize(((size - 0.5) * (width - 8)) / natural);
        const boxWidth = Math.min(natural + 8, width);
        const bx = columns[i]?.align === 'center' ? x + (width - boxWidth) / 2 : x;
        doc.roundedRect(bx, y + padY - 1.5, boxWidth, lineHeight() + 2, 2).fill(styled.badge.fill);
        doc.fillColor(styled.badge.text).text(styled.text, bx + 4, y + padY, { lineBreak: false });
        return;
      }
      doc.text(styled.text, x, y + padY, { width, align: columns[i]?.align ?? 'left', height: height - 2 * padY, ellipsis: true });
    });
  };

  /** Room kept below a row for the first lines of the text under it, so a row never ends a page without its note. */
  const keepWith = (index: number) => {
    const next = rows[index + 1];
    return next !== undefined && !Array.isArray(next) ? lineHeight() * 2 + 2 * PAD_Y : 0;
  };
  const first = rows[0];
  const firstNeed = first === undefined ? 0 : Array.isArray(first) ? measure(first) + keepWith(0) : lineHeight() * 2 + 2 * PAD_Y;
  // A header alone at the foot of a page looks broken: keep it with the first row (or the whole table).
  const whole = options.keepTogether ? rows.reduce((sum, row) => sum + (Array.isArray(row) ? measure(row) : lineHeight() * 3), 0) : 0;
  w.ensureSpace(headerRowHeight + (whole > 0 && whole < maxRowHeight() ? whole : firstNeed));
  drawHeader();

  let band = false;
  let rowFill: string | null = null;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    if (!Array.isArray(row)) {
      drawSpan(row.span, row.label);
      continue;
    }
    const height = measure(row);
    const next = rows[index + 1];
    if (w.y + height + keepWith(index) > w.bottom) {
      w.newPage();
      drawHeader();
    }
    band = !band;
    rowFill = zebra && !band ? COLOR.zebra : null;
    const y = w.y;
    if (rowFill) doc.rect(left, y, w.width, height).fill(rowFill);
    drawCells(row, y, height);
    w.y = y + height;
    if (next === undefined || Array.isArray(next)) hairline();
  }
  w.y += SPACE.m;

  function hairline() {
    doc.moveTo(left, w.y).lineTo(left + w.width, w.y).lineWidth(0.4).strokeColor(COLOR.rule).stroke();
  }

  /**
   * A text across the table under its row, in as many pieces as pages need: each piece fills the room left on
   * its page (split between words), and pieces join without padding so they read as one paragraph.
   */
  function drawSpan(text: string, label: string | undefined) {
    const width = w.width - 2 * PAD_X - 12;
    const spanSize = size - 0.3;
    const x = left + PAD_X + 12;
    let lead = label ? `${label}: ` : '';
    const paragraphs = text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
    paragraphs.forEach((paragraph, index) => {
      let rest = paragraph;
      let first = index === 0;
      while (rest) {
        // The bold label sits on the first line; the text starts after it (measured the way it is drawn).
        const indent = lead ? w.font(true, spanSize).widthOfString(lead) : 0;
        w.font(false, spanSize, COLOR.muted);
        const top = first || w.y === headerBottom ? PAD_Y : 0;
        const heightOf = (t: string) => doc.heightOfString(t, { width, lineGap: 1, indent }) + top + PAD_Y;
        let piece = rest;
        if (w.y + heightOf(piece) > w.bottom) piece = fittingPrefix(rest, (t) => w.y + heightOf(t) <= w.bottom);
        if (!piece) {
          w.newPage();
          drawHeader();
          continue;
        }
        rest = rest.slice(piece.length).trim();
        const last = !rest && index === paragraphs.length - 1;
        const height = heightOf(piece) - (last ? 0 : PAD_Y);
        const y = w.y;
        if (rowFill) doc.rect(left, y, w.width, height).fill(rowFill);
        doc.rect(left + PAD_X + 2, y + (first ? 2 : 0), 1.5, height - (first ? 2 : 0) - (last ? 2 : 0)).fill(COLOR.rule);
        if (lead) w.font(true, spanSize, COLOR.muted).text(lead, x, y + top, { lineBreak: false });
        w.font(false, spanSize, COLOR.muted).text(piece, x, y + top, { width, lineGap: 1, indent });
        w.y = y + height;
        lead = '';
        first = false;
      }
    });
  }
}

/** Values longer than this go under their label across the table, where they can run over several pages. */
const LONG_VALUE = 400;

/** A label–value table without header (document control, scenario details); empty values are left out. */
export function keyValues(w: ReportWriter, pairs: readonly [string, string][], options: Pick<TableOptions, 'size' | 'keepTogether'> = {}): void {
  const rows: Row[] = pairs
    .filter(([, value]) => value)
    .map(([label, value]) => (value.length > LONG_VALUE ? { span: value, label } : [label, value]));
  table(w, [{ header: '', width: 1.5 }, { header: '', width: 4.6 }], rows, { ...options, header: false, zebra: false, keyColumn: true });
}

/** The header size at which no word of a column's header has to break (down to 80 % of the body size). */
function fittingSize(w: ReportWriter, columns: readonly Column[], widths: readonly number[], size: number): number {
  w.font(true, size);
  let scale = 1;
  columns.forEach((c, i) => {
    for (const word of c.header.split(/\s+/)) {
      const width = w.doc.widthOfString(word);
      if (width > 0) scale = Math.min(scale, (widths[i]! - 2 * PAD_X) / width);
    }
  });
  return size * Math.max(0.8, scale);
}

/** The longest run of whole words from the start of `text` that `fits`; '' when not even one word does. */
function fittingPrefix(text: string, fits: (piece: string) => boolean): string {
  const ends = [...text.matchAll(/\S+/g)].map((m) => (m.index ?? 0) + m[0].length);
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(text.slice(0, ends[mid - 1]))) low = mid;
    else high = mid - 1;
  }
  return low ? text.slice(0, ends[low - 1]) : '';
}

/** No printable ASCII glyph of DejaVu Sans is wider than 1 em (1.1 em in bold): short text fits unmeasured. */
const ASCII_MAX_EM = 1.11;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Shortens text with "…" to fit one line of `width` at the current font, without running the line wrapper. */
function fitWidth(w: ReportWriter, text: string, width: number, size: number): string {
  const doc = w.doc;
  if (!text || (PRINTABLE_ASCII.test(text) && text.length * size * ASCII_MAX_EM <= width) || doc.widthOfString(text) <= width) return text;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('')}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('')}…`;
}
