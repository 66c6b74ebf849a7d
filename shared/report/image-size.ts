import type { ReportImageType } from './options';

/**
 * Pixels a report image may have: a logo or a drawn signature needs far fewer, and the PDF writer decodes a PNG
 * into width × height × 4 bytes, so a 2 MB PNG of 22,000 × 22,000 would take 2 GB and half a minute.
 */
export const MAX_IMAGE_PIXELS = 4096 * 4096;
export const MAX_IMAGE_SIDE = 10_000;

export interface ImageSize {
  width: number;
  height: number;
}

/** Width and height from the image's header, without decoding it; null when the header cannot be read. */
export function imageSize(data: Uint8Array, type: ReportImageType): ImageSize | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (type === 'image/png') {
    // Signature (8), then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4).
    if (data.length < 24 || view.getUint32(12) !== 0x49484452) return null;
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  return jpegSize(data, view);
}

/** A JPEG's size from its start-of-frame marker (SOF0–SOF15, except DHT, JPG and DAC), found by walking the markers. */
function jpegSize(data: Uint8Array, view: DataView): ImageSize | null {
  let at = 2;
  while (at + 4 <= data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1] as number;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    const length = view.getUint16(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return at + 9 <= data.length ? { height: view.getUint16(at + 5), width: view.getUint16(at + 7) } : null;
    if (marker === 0xda || length < 2) return null; // image data before any frame header
    at += 2 + length;
  }
  return null;
}

/** Why an image cannot go in the report, or null when its size is fine. */
export function imageSizeProblem(size: ImageSize | null): string | null {
  if (!size || size.width === 0 || size.height === 0) return 'its size cannot be read: the file may be damaged';
  if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE || size.width * size.height > MAX_IMAGE_PIXELS)
    return `it is ${size.width.toLocaleString('en')} × ${size.height.toLocaleString('en')} pixels; report images can have up to ${(MAX_IMAGE_PIXELS / 1e6).toFixed(1)} million pixels (4,096 × 4,096), so scale it down`;
  return null;
}
