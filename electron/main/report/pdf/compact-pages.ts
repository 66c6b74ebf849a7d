/** The part of a pdfkit 0.20 page that holds its content until the document ends. */
interface PageContent {
  content: { buffer: Uint8Array[] };
}

/**
 * pdfkit keeps every content operator of a buffered page as its own small byte array until `doc.end()`: a
 * 500-page table makes millions of them. Joining a page's arrays into one when the next page starts keeps the
 * bytes and drops the per-object overhead, which is most of the memory of a long report.
 */
export function compactFinishedPages(doc: PDFKit.PDFDocument): void {
  let previous: PageContent | null = null;
  doc.on('pageAdded', () => {
    if (previous) compact(previous);
    previous = doc.page as unknown as PageContent;
  });
}

function compact(page: PageContent): void {
  const chunks = page.content.buffer;
  if (chunks.length < 2) return;
  page.content.buffer = [Buffer.concat(chunks)];
}
