/** The parts of pdfkit's buffered document that hold the page order (pdfkit 0.20; a test checks the contents). */
interface PageInternals {
  _pageBuffer: unknown[];
  _pageBufferStart: number;
  _root: { data: { Pages: { data: { Kids: unknown[] } } } };
}

/**
 * Moves the last `count` buffered pages to index `to`. The contents are written after every other page, when
 * their page numbers are known, and then moved to the front of the body. Bookmarks and links point at page
 * objects, not numbers, so they stay right.
 */
export function moveLastPages(doc: PDFKit.PDFDocument, count: number, to: number): void {
  const internals = doc as unknown as PageInternals;
  if (internals._pageBufferStart !== 0) throw new Error('moveLastPages needs every page buffered (bufferPages: true).');
  for (const list of [internals._pageBuffer, internals._root.data.Pages.data.Kids]) {
    list.splice(to, 0, ...list.splice(list.length - count, count));
  }
}
