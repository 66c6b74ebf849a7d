import { useEffect, useRef, useState } from 'react';
import type { ReportImage } from '../../../shared/report/options';
import { readReportImage } from './read-image';

/** The chosen image, shown from a blob: URL that is revoked when the image changes or goes. */
function Thumbnail({ image, alt }: { image: ReportImage; alt: string }) {
  const img = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([image.data as Uint8Array<ArrayBuffer>], { type: image.mimeType }));
    if (img.current) img.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [image]);
  return <img ref={img} alt={alt} className="report-image-thumb" />;
}

interface Props {
  label: string;
  hint: string;
  image: ReportImage | null;
  onChange: (image: ReportImage | null) => void;
}

/** A PNG or JPEG for the report (logo, drawn signature): a thumbnail, Choose and Remove, and why a file was refused. */
export function ImageInput({ label, hint, image, onChange }: Props) {
  const [problem, setProblem] = useState<string | null>(null);

  async function pick(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after Remove) fires a change.
    input.value = '';
    if (!file) return;
    const read = await readReportImage(file);
    setProblem('problem' in read ? read.problem : null);
    if ('image' in read) onChange(read.image);
  }

  return (
    <div className="field field-wide report-image">
      <span className="field-label">{label}</span>
      <div className="report-image-row">
        <div className="report-image-frame">{image ? <Thumbnail image={image} alt={`${label}: the chosen image`} /> : <span className="muted small">None</span>}</div>
        <label className="button button-small report-image-pick">
          {image ? 'Replace…' : 'Choose image…'}
          <input type="file" className="visually-hidden" accept="image/png,image/jpeg" aria-label={`${label}: choose a PNG or JPEG image`} onChange={(e) => void pick(e.currentTarget)} />
        </label>
        {image && (
          <button
            type="button"
            className="button button-small"
            aria-label={`Remove the ${label.toLowerCase()}`}
            onClick={() => {
              setProblem(null);
              onChange(null);
            }}
          >
            Remove
          </button>
        )}
      </div>
      {problem ? (
        <span className="field-error" role="alert">
          {problem}
        </span>
      ) : (
        <span className="field-hint">{hint}</span>
      )}
    </div>
  );
}
