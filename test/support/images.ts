/** The first bytes of a PNG of the given size: signature and IHDR, as far as a header reader looks (not decodable). */
export function pngHeader(width: number, height: number, tail: number[] = []): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(33 + tail.length);
  const view = new DataView(bytes.buffer);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  view.setUint32(8, 13);
  bytes.set([0x49, 0x48, 0x44, 0x52], 12); // IHDR
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24); // 8-bit RGBA
  bytes.set(tail, 33);
  return bytes;
}

/** The first bytes of a JPEG of the given size: SOI, a JFIF APP0 segment, and a baseline frame header. */
export function jpegHeader(width: number, height: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array([
    0xff, 0xd8,
    0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
    0xff, 0xc0, 0, 11, 8, height >> 8, height & 255, width >> 8, width & 255, 1, 1, 0x11, 0,
  ]);
}
