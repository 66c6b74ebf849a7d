import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { Options } from '../../../ui/Options';
import { PdfPage, type PageSize } from './PdfPage';

type Zoom = 'fit' | '0.5' | '0.75' | '1' | '1.25' | '1.5' | '2';
const ZOOMS: readonly { value: Zoom; label: string }[] = [
  { value: 'fit', label: 'Fit width' },
  ...(['0.5', '0.75', '1', '1.25', '1.5', '2'] as const).map((z) => ({ value: z, label: `${Number(z) * 100}%` })),
];

/** The width inside an element's padding, kept current as the window or the layout changes. */
function useContentWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    if (!ref.current) return;
    const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? 0));
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

interface Opened {
  doc: PDFDocumentProxy;
  firstPage: PageSize;
}

/**
 * A PDF shown with pdf.js (loaded on first use, so the app starts without it), pages drawn as they scroll into
 * view, zoomed to the pane's width or a fixed scale. Mount it with a key per document.
 */
export function PdfPreview({ pdf }: { pdf: Uint8Array }) {
  const scroller = useRef<HTMLDivElement>(null);
  const width = useContentWidth(scroller);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [zoom, setZoom] = useState<Zoom>('fit');

  useEffect(() => {
    let cancelled = false;
    let task: PDFDocumentLoadingTask | undefined;
    import('./pdfjs')
      .then(async ({ openPdf }) => {
        if (cancelled) return;
        task = openPdf(pdf);
        const doc = await task.promise;
        const first = (await doc.getPage(1)).getViewport({ scale: 1 });
        if (!cancelled) setOpened({ doc, firstPage: { width: first.width, height: first.height } });
      })
      .catch((error: unknown) => {
        if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
      void task?.destroy();
    };
  }, [pdf]);

  const scale = opened && (zoom === 'fit' ? Math.max(0.2, width / opened.firstPage.width) : Number(zoom));
  const total = opened?.doc.numPages ?? 0;

  // A new zoom keeps the same part of the report in view instead of the same pixel offset.
  const shownScale = useRef(scale);
  useLayoutEffect(() => {
    const previous = shownScale.current;
    shownScale.current = scale;
    if (scroller.current && previous && scale && previous !== scale) scroller.current.scrollTop *= scale / previous;
  }, [scale]);

  return (
    <div className="pdf-preview">
      <div className="pdf-toolbar">
        <span data-testid="pdf-page-count">{opened ? `${total.toLocaleString('en-GB')} page${total === 1 ? '' : 's'}` : failure ? '' : 'Opening…'}</span>
        <label className="pdf-zoom">
          Zoom
          <select value={zoom} onChange={(e) => setZoom(e.target.value as Zoom)}>
            <Options options={ZOOMS} />
          </select>
        </label>
      </div>
      <div ref={scroller} className="pdf-scroller" tabIndex={0} aria-label="PDF pages">
        {failure && (
          <p className="field-error" role="alert">
            The preview could not be shown: {failure}
          </p>
        )}
        {opened &&
          scale !== null &&
          width > 0 &&
          Array.from({ length: total }, (_, i) => (
            <PdfPage key={i} doc={opened.doc} number={i + 1} total={total} scale={scale} fallback={opened.firstPage} scroller={scroller} />
          ))}
      </div>
    </div>
  );
}
