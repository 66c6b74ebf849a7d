import SVGtoPDF from 'svg-to-pdfkit';
import type { ReportWriter } from './writer';

/** DejaVu Sans runs wider than the UI fonts the diagram is laid out for; smaller text keeps names in their boxes. */
const FONT_SCALE = 0.88;

/**
 * Places the zone-and-conduit SVG as vector graphics, scaled to the text width (or to `maxHeight`), with its text
 * in the report's font so every script prints. Returns the y below it.
 */
export function drawSvg(w: ReportWriter, svg: string, maxHeight: number): number {
  const box = viewBox(svg);
  const scale = Math.min(w.width / box.width, maxHeight / box.height);
  const width = box.width * scale;
  const height = box.height * scale;
  w.ensureSpace(height);
  const x = w.left + (w.width - width) / 2;
  const y = w.y;
  // The typings expect the PDFDocument class; the function takes the instance.
  SVGtoPDF(w.doc as unknown as Parameters<typeof SVGtoPDF>[0], forPdf(svg), x, y, {
    width,
    height,
    preserveAspectRatio: 'xMidYMid meet',
    assumePt: true,
    fontCallback: (_family, bold) => (bold ? w.fonts.bold : w.fonts.regular),
    warningCallback: () => undefined,
  });
  w.y = y + height;
  return w.y;
}

/**
 * Adapts the SVG to svg-to-pdfkit: it ignores `paint-order`, so a text with a halo (white stroke under the
 * letters) would come out white; draw the halo as one text and the letters over it as another.
 */
function forPdf(svg: string): string {
  return svg
    .replace(/font-size="([\d.]+)"/g, (_m, size: string) => `font-size="${(Number(size) * FONT_SCALE).toFixed(2)}"`)
    .replace(/<text\b([^>]*?)\s+paint-order="stroke"([^>]*)>([\s\S]*?)<\/text>/g, (_m, before: string, after: string, body: string) => {
      const attributes = `${before}${after}`;
      const letters = attributes.replace(/\s+stroke(-width)?="[^"]*"/g, '');
      return `<text${attributes}>${body}</text><text${letters}>${body}</text>`;
    });
}

function viewBox(svg: string): { width: number; height: number } {
  const match = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  const width = Number(match?.[1]);
  const height = Number(match?.[2]);
  return width > 0 && height > 0 ? { width, height } : { width: 480, height: 140 };
}
