import { formatByteSize } from '../../../shared/format/byte-size';
import { imageSize, imageSizeProblem } from '../../../shared/report/image-size';
import { IMAGE_MAX_BYTES, sniffImageType, type ReportImage } from '../../../shared/report/options';

/** A logo or signature image picked by the assessor, or the reason it cannot be used. */
export async function readReportImage(file: File): Promise<{ image: ReportImage } | { problem: string }> {
  if (file.size > IMAGE_MAX_BYTES)
    return { problem: `“${file.name}” is too large (${formatByteSize(file.size)}): images can be up to ${formatByteSize(IMAGE_MAX_BYTES)}.` };
  const data = new Uint8Array(await file.arrayBuffer());
  // By the first bytes, whatever the file is named: the PDF writer embeds only PNG and JPEG.
  const mimeType = sniffImageType(data);
  if (!mimeType) return { problem: `“${file.name}” is not a PNG or JPEG image.` };
  const sizeProblem = imageSizeProblem(imageSize(data, mimeType));
  if (sizeProblem) return { problem: `“${file.name}” cannot be used: ${sizeProblem}.` };
  return { image: { mimeType, data } };
}
