import { useEffect, useRef, useState, type RefObject } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';

export interface PageSize {
  width: number;
  height: number;
}

interface Props {
  doc: PDFDocumentProxy;
  number: number;
  total: number;
  /** CSS pixels per PDF point. */
  scale: number;
  /** The first page's size, used until this page's own is known. */
  fallback: PageSize;
  scroller: RefObject<HTMLDivElement | null>;
}

/** How far outside the visible pane pages are drawn in advance (and kept): one pane height above and below. */
const NEAR_MARGIN = '100% 0px';

/**
 * One page: an empty box of the page's size until it scrolls near the view, then drawn into a canvas; the canvas
 * goes again when the page scrolls far away, so a 500-page report holds only a few pages' pixels at a time.
 */
export function PdfPage({ doc, number, total, scale, fallback, scroller }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const slot = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [size, setSize] = useState(fallback);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { root: scroller.current, rootMargin: NEAR_MARGIN });
    observer.observe(box.current);
    return () => observer.disconnect();
  }, [scroller]);

  useEffect(() => {
    const target = slot.current;
    if (!target) return;
    if (!near) {
      target.replaceChildren();
      void doc.getPage(number).then((page) => page.cleanup());
      return;
    }
    let cancelled = false;
    let task: RenderTask | undefined;
    (async () => {
      const page = await doc.getPage(number);
      if (cancelled) return;
      const own = page.getViewport({ scale: 1 });
      setSize({ width: own.width, height: own.height });
      // Drawn at the screen's pixel density into a fresh canvas, which replaces the old one only when done (no flicker on zoom).
      const viewport = page.getViewport({ scale: scale * (window.devicePixelRatio || 1) });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.className = 'pdf-canvas';
      task = page.render({ canvas, viewport });
      await task.promise;
      if (!cancelled) target.replaceChildren(canvas);
    })().catch((error: unknown) => {
      if (cancelled || (error instanceof Error && error.name === 'RenderingCancelledException')) return;
      setFailure(error instanceof Error ? error.message : String(error));
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [near, doc, number, scale]);

  return (
    <div ref={box} className="pdf-page" role="img" aria-label={`Page ${number} of ${total}`} style={{ width: size.width * scale, height: size.height * scale }}>
      <div ref={slot} className="pdf-page-slot" />
      {failure && <p className="pdf-page-failure">Page {number} could not be shown: {failure}</p>}
    </div>
  );
}
