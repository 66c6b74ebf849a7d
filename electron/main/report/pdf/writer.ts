import type { ReportFormat } from '../../../../shared/report/strings/format';
import type { ReportStrings } from '../../../../shared/report/strings';
import { UserFacingError } from '../../../../shared/ipc/result';
import type { ReportImage } from '../../../../shared/report/options';
import { COLOR, PAGE, SIZE, SPACE } from './theme';

/** A heading the table of contents lists: `page` is the 0-based page index at the time it was written. */
export interface TocEntry {
  level: 1 | 2;
  title: string;
  page: number;
  /** Named destination the contents line links to. */
  dest: string;
}

export type PageLayout = 'portrait' | 'landscape';

/** Names `doc.font()` knows the two faces by. */
export interface Fonts {
  regular: string;
  bold: string;
}

interface TextOptions {
  size?: number;
  color?: string;
  bold?: boolean;
  /** Space after the text; SPACE.s by default. */
  after?: number;
}

/**
 * The flow of the report: the cursor, page breaks, headings (which feed the contents, the bookmarks and the
 * links) and running text. Sections write through it so spacing and typography stay the same everywhere.
 */
export class ReportWriter {
  readonly toc: TocEntry[] = [];
  private sectionOutline: PDFKit.PDFOutline | null = null;
  private layout: PageLayout = 'portrait';

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly s: ReportStrings,
    readonly f: ReportFormat,
    readonly fonts: Fonts,
  ) {}

  get left(): number {
    return this.doc.page.margins.left;
  }

  get right(): number {
    return this.doc.page.width - this.doc.page.margins.right;
  }

  get width(): number {
    return this.right - this.left;
  }

  get top(): number {
    return this.doc.page.margins.top;
  }

  /** The lowest y text may reach on this page. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  newPage(layout: PageLayout = this.layout): void {
    this.layout = layout;
    this.doc.addPage({ size: PAGE.size, margins: PAGE.margins, layout });
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  gap(points: number): void {
    this.doc.y = Math.min(this.doc.y + points, this.bottom);
  }

  font(bold: boolean, size: number, color: string = COLOR.ink): PDFKit.PDFDocument {
    return this.doc.font(bold ? this.fonts.bold : this.fonts.regular).fontSize(size).fillColor(color);
  }

  /** A main section: a new page, an entry in the contents and a top-level bookmark. */
  section(title: string, layout: PageLayout = 'portrait'): void {
    this.newPage(layout);
    this.sectionOutline = this.doc.outline.addItem(title);
    this.mark(1, title);
    this.font(true, SIZE.h1, COLOR.navy).text(title, this.left, this.doc.y, { width: this.width });
    const ruleY = this.doc.y + SPACE.xs;
    this.doc.moveTo(this.left, ruleY).lineTo(this.left + 48, ruleY).lineWidth(2.5).strokeColor(COLOR.accent).stroke();
    this.doc.y = ruleY + SPACE.l;
  }

  /** A sub-section listed in the contents and nested under its section's bookmark. */
  subsection(title: string, keepWith = 90): void {
    this.heading(title, SIZE.h2, COLOR.navy, keepWith, () => {
      (this.sectionOutline ?? this.doc.outline).addItem(title);
      this.mark(2, title);
    });
  }

  /** A minor heading: not in the contents, kept together with the lines after it. */
  heading3(title: string, keepWith = 50): void {
    this.heading(title, SIZE.h3, COLOR.ink, keepWith);
  }

  /** `placed` runs once the heading's page and position are final, before its text is drawn. */
  private heading(title: string, size: number, color: string, keepWith: number, placed?: () => void): void {
    this.font(true, size, color);
    const height = this.doc.heightOfString(title, { width: this.width });
    if (this.doc.y > this.top) this.gap(size * 0.9);
    this.ensureSpace(height + keepWith);
    placed?.();
    this.font(true, size, color).text(title, this.left, this.doc.y, { width: this.width });
    this.doc.y += SPACE.s;
  }

  /** Records the heading just placed at the cursor for the contents, with a link target. */
  private mark(level: 1 | 2, title: string): void {
    const dest = `h${this.toc.length + 1}`;
    this.doc.addNamedDestination(dest, 'XYZ', null, this.doc.y, null);
    this.toc.push({ level, title, page: this.pageIndex, dest });
  }

  /** Running text; long text flows onto new pages by itself. */
  paragraph(text: string, options: TextOptions = {}): void {
    if (!text) return;
    this.font(options.bold ?? false, options.size ?? SIZE.body, options.color ?? COLOR.ink);
    this.ensureSpace(this.doc.currentLineHeight(true) * 2);
    this.doc.text(text, this.left, this.doc.y, { width: this.width, lineGap: SIZE.lineGap });
    this.doc.y += options.after ?? SPACE.s;
  }

  /** An upper-case label over a block of the assessor's text ("Observation", "Recommendation"). */
  labelled(label: string, text: string): void {
    if (!text) return;
    this.font(true, SIZE.small, COLOR.muted);
    this.ensureSpace(40);
    this.doc.text(label.toUpperCase(), this.left, this.doc.y, { width: this.width });
    this.doc.y += 1.5;
    this.paragraph(text, { after: SPACE.s + 2 });
  }

  /** The honest "no data" statement: a tinted box that says so in words, instead of an empty table. */
  notice(title: string, text: string): void {
    const pad = 10;
    const innerWidth = this.width - 2 * pad - 4;
    this.font(true, SIZE.body);
    const titleHeight = this.doc.heightOfString(title, { width: innerWidth });
    this.font(false, SIZE.body);
    const textHeight = this.doc.heightOfString(text, { width: innerWidth, lineGap: SIZE.lineGap });
    const height = titleHeight + textHeight + 2 * pad + SPACE.xs;
    this.ensureSpace(height + SPACE.m);
    const y = this.doc.y;
    this.doc.rect(this.left, y, this.width, height).fill(COLOR.notice);
    this.doc.rect(this.left, y, 3, height).fill(COLOR.noticeRule);
    this.font(true, SIZE.body).text(title, this.left + pad + 4, y + pad, { width: innerWidth });
    this.doc.y += SPACE.xs;
    this.font(false, SIZE.body).text(text, this.left + pad + 4, this.doc.y, { width: innerWidth, lineGap: SIZE.lineGap });
    this.doc.y = y + height + SPACE.m;
  }

  notAssessed(text: string): void {
    this.notice(this.s.notAssessed.title, text);
  }

  /**
   * Places a PNG or JPEG the assessor chose (its size was checked from its header before). pdfkit decodes it here,
   * and a file damaged past its header fails here: that is the assessor's to fix, not a bug.
   */
  image(image: ReportImage, what: string, x: number, y: number, options: PDFKit.Mixins.ImageOption): void {
    try {
      this.doc.image(Buffer.from(image.data), x, y, options);
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
      throw new UserFacingError('bad-file', `The ${what} image cannot be placed in the report (${reason}): choose it again, or another image.`);
    }
  }

  rule(color: string = COLOR.rule, width = 0.5): void {
    this.doc.moveTo(this.left, this.doc.y).lineTo(this.right, this.doc.y).lineWidth(width).strokeColor(color).stroke();
  }
}
