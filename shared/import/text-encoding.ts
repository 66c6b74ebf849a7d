/**
 * Text encoding detection for CSV files, which carry no declaration of their own. Labels are WHATWG encoding
 * names, which TextDecoder understands in both Node (full ICU) and Chromium.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const SAMPLE_BYTES = 4096;

export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, utf8 } = detect(bytes);
  // TextDecoder drops a BOM matching its encoding; the replace catches a UTF-8 BOM inside UTF-16 text.
  const decoded = utf8 ?? (encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes));
  let text = decoded.replace(/^\uFEFF/, '');
  if (encoding === 'windows-1252' || encoding === 'macintosh') text = repairDoubleEncoding(text);
  return { text, encoding };
}

export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  return detect(bytes).encoding;
}

/** The encoding, with the text when telling UTF-8 apart meant decoding it all (a big file is not decoded twice). */
function detect(bytes: Uint8Array): { encoding: TextEncodingName; utf8?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be' };
  const utf16 = utf16ByNulPattern(bytes.subarray(0, SAMPLE_BYTES));
  if (utf16) return { encoding: utf16 };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { encoding: 'utf-8', utf8 };
  return { encoding: looksLikeMacRoman(bytes) ? 'macintosh' : 'windows-1252' };
}

/** Latin-script text in UTF-16 has a NUL in every other byte: odd positions for LE, even for BE. */
function utf16ByNulPattern(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  if (oddNuls > pairs * 0.3 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.3 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

/** The text when the bytes are valid UTF-8, else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Windows-1252 and Mac Roman share ASCII and differ above 0x7F, where each byte is a common letter in one and a
 * symbol in the other ("ä" is 0xE4 in Windows-1252 but 0x8A in Mac Roman, which is "Š" in Windows-1252). Decode
 * both ways and keep the one that reads more like words; CR-only line ends (classic Mac, Excel for Mac's
 * "CSV (Macintosh)") tip a tie towards Mac Roman.
 */
function looksLikeMacRoman(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  const mac = plausibility(new TextDecoder('macintosh').decode(sample));
  const windows = plausibility(decodeWindows1252(sample));
  const crOnly = sample.includes(0x0d) && !sample.includes(0x0a);
  return mac + (crOnly ? 2 : 0) > windows;
}

/** Lowercase letters, quotes and dashes are what non-ASCII bytes usually are in a table; symbols and controls are not. */
function plausibility(text: string): number {
  let score = 0;
  for (const char of text) {
    if (char < '\u0080') continue;
    if (/\p{Ll}|\p{Pi}|\p{Pf}|\p{Pd}/u.test(char)) score += 1;
    else if (/\p{Lu}/u.test(char)) score += 0.5;
    else score -= 1;
  }
  return score;
}

/**
 * Undoes UTF-8 that was once read as Windows-1252 and saved again (“Lutsâ€™k” for “Luts’k”), a common result of
 * round trips through Excel. Each run of non-ASCII characters is turned back into its Windows-1252 bytes and
 * replaced only if those bytes are valid multi-byte UTF-8, which ordinary accented text never is.
 */
export function repairDoubleEncoding(text: string): string {
  const strict = new TextDecoder('utf-8', { fatal: true });
  return text.replace(/[\u0080-\uffff]{2,}/g, (run) => {
    const bytes: number[] = [];
    for (const char of run) {
      const byte = WINDOWS_1252_BYTE.get(char);
      if (byte === undefined) return run;
      bytes.push(byte);
    }
    try {
      return strict.decode(Uint8Array.from(bytes));
    } catch {
      return run;
    }
  });
}

/**
 * Windows-1252 by table: Node's TextDecoder (v20 at least) decodes this label as ISO-8859-1, turning 0x80–0x9F
 * (€, ’, “, –…) into control characters; Chromium gets it right. Outside that range the byte is the code point.
 */
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(bytes.length, 8192));
  for (let start = 0; start < bytes.length; start += codes.length) {
    const chunk = bytes.subarray(start, start + codes.length);
    chunk.forEach((byte, i) => {
      codes[i] = byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80_9F.charCodeAt(byte - 0x80) : byte;
    });
    parts.push(String.fromCharCode(...codes.subarray(0, chunk.length)));
  }
  return parts.join('');
}

const WINDOWS_1252_BYTE = new Map<string, number>(
  Array.from({ length: 0x80 }, (_, i) => [decodeWindows1252(Uint8Array.of(0x80 + i)), 0x80 + i]),
);
