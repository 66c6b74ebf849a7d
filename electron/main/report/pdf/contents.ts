import { moveLastPages } from './page-order';
import { COLOR, SIZE, SPACE } from './theme';
import type { ReportWriter, TocEntry } from './writer';

const NUMBER_WIDTH = 34;
const INDENT = 16;

/**
 * Writes the contents after the body, when every heading's page is known, and moves its pages to `at` (the
 * place after the cover and document control). Its own page count is measured first, so the numbers it prints
 * already count the pages it adds.
 */
export function writeContents(w: ReportWriter, at: number): void {
  const entries = [...w.toc];
  const title = w.s.contents;
  const heights = entries.map((entry) => entryHeight(w, entry));
  const titleHeight = SIZE.h1 * 1.25 + SPACE.xs + SPACE.l;
  const pageOf = paginate(heights, w.bottom - w.top - titleHeight, w.bottom - w.top);
  const pages = (pageOf.at(-1) ?? 0) + 1;
  const printed = (entry: TocEntry) => (entry.page >= at ? entry.page + pages : entry.page) + 1;

  w.newPage('portrait');
  const item = w.doc.outline.addItem(title);
  const outline = w.doc.outline.children;
  outline.splice(entries.filter((e) => e.level === 1 && e.page < at).length, 0, ...outline.splice(outline.indexOf(item), 1));
  w.font(true, SIZE.h1, COLOR.navy).text(title, w.left, w.y, { width: w.width });
  const ruleY = w.y + SPACE.xs;
  w.doc.moveTo(w.left, ruleY).lineTo(w.left + 48, ruleY).lineWidth(2.5).strokeColor(COLOR.accent).stroke();
  w.y = ruleY + SPACE.l;

  let page = 0;
  entries.forEach((entry, i) => {
    if (pageOf[i] !== page) {
      page = pageOf[i] ?? page;
      w.newPage('portrait');
    }
    drawEntry(w, entry, printed(entry));
  });
  moveLastPages(w.doc, pages, at);
}

function entryStyle(w: ReportWriter, entry: TocEntry) {
  const level1 = entry.level === 1;
  w.font(level1, level1 ? SIZE.body + 0.5 : SIZE.body - 0.5, level1 ? COLOR.navy : COLOR.ink);
  const indent = level1 ? 0 : INDENT;
  return { indent, before: level1 ? SPACE.m : SPACE.xs, width: w.width - indent - NUMBER_WIDTH - 8 };
}

function entryHeight(w: ReportWriter, entry: TocEntry): number {
  const style = entryStyle(w, entry);
  return style.before + w.doc.heightOfString(entry.title, { width: style.width });
}

/** Page (0-based, within the contents) of each entry, given the room on the first and later pages. */
function paginate(heights: readonly number[], first: number, later: number): number[] {
  let page = 0;
  let room = first;
  return heights.map((height) => {
    if (height > room) {
      page += 1;
      room = later;
    }
    room -= height;
    return page;
  });
}

function drawEntry(w: ReportWriter, entry: TocEntry, pageNumber: number): void {
  const doc = w.doc;
  const style = entryStyle(w, entry);
  w.y += style.before;
  const x = w.left + style.indent;
  const y = w.y;
  doc.text(entry.title, x, y, { width: style.width });
  const bottom = doc.y;
  // Dot leader from the end of the title's last line to the page number.
  const lastLine = entry.title.length > 0 ? lastLineWidth(w, entry.title, style.width) : 0;
  const lineY = bottom - doc.currentLineHeight(true) * 0.32;
  const from = x + lastLine + 4;
  const to = w.right - NUMBER_WIDTH;
  if (to > from) {
    doc.moveTo(from, lineY).lineTo(to, lineY).lineWidth(0.6).dash(0.6, { space: 2.4 }).strokeColor(COLOR.faint).stroke().undash();
  }
  doc.text(String(pageNumber), w.right - NUMBER_WIDTH + 4, bottom - doc.currentLineHeight(true), {
    width: NUMBER_WIDTH - 4,
    align: 'right',
    lineBreak: false,
  });
  doc.goTo(w.left, y - 1, w.width, bottom - y + 2, entry.dest);
  w.y = bottom;
}

function lastLineWidth(w: ReportWriter, text: string, width: number): number {
  const full = w.doc.widthOfString(text);
  if (full <= width) return full;
  // Wrapped title: approximate the last line by the words that overflow the full lines.
  const words = text.split(' ');
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    line = w.doc.widthOfString(next) > width ? word : next;
  }
  return w.doc.widthOfString(line);
}
