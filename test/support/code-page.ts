import { decodeWindows1252 } from '../../shared/import/text-encoding';

/** Encodes text in a single-byte code page, given its decoder; fails loudly on a character it cannot hold. */
function encoderFor(decode: (bytes: Uint8Array) => string): (text: string) => Uint8Array {
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decode(Uint8Array.of(b)), b);
  return (text) =>
    Uint8Array.from([...text], (char) => {
      const byte = byteOf.get(char);
      if (byte === undefined) throw new Error(`“${char}” has no byte in this code page`);
      return byte;
    });
}

export const encodeMacRoman = encoderFor((bytes) => new TextDecoder('macintosh').decode(bytes));
export const encodeWindows1252 = encoderFor(decodeWindows1252);
