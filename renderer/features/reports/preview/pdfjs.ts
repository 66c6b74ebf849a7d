import { getDocument, GlobalWorkerOptions, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker is a file of the build, served from the app's own origin as the CSP's worker-src asks.
GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Opens PDF bytes for display, with no XFA and no scripting: the app shows its own reports. (pdf.js 6 compiles
 * no code at run time any more, so there is no `isEvalSupported` left to turn off; the CSP forbids eval anyway.)
 * pdf.js hands the buffer to its worker, so it gets a copy and the caller's bytes stay whole.
 */
export function openPdf(bytes: Uint8Array): PDFDocumentLoadingTask {
  return getDocument({ data: bytes.slice(), enableXfa: false });
}
