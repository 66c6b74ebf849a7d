const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const COLON = 58;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const BANG = 33;
const QUESTION = 63;
const DASH = 45;

const isSpace = (byte: number | undefined) => byte === 32 || byte === 10 || byte === 13 || byte === 9;

/**
 * A forward-only walk over the tags of an XML part in UTF-8 bytes, made for parts of tens of megabytes (a big
 * sheet): nothing is decoded or allocated per tag, so it is many times faster than a general XML parser. Namespace
 * prefixes are ignored ("x:row" is "row"): writers differ in them, never in structure. Comments, processing
 * instructions, declarations and CDATA sections (which no spreadsheet writer uses) are skipped.
 */
export class XmlCursor {
  readonly bytes: Buffer;
  /** The index in `names` of the tag just read; -1 for any other tag. */
  tag = -1;
  /** </name> */
  closing = false;
  /** <name/> */
  selfClosing = false;
  /** The raw value of the attribute just read by nextAttribute, as a byte range. */
  valueStart = 0;
  valueEnd = 0;
  /** The text just read by readText, as a byte range. */
  textStart = 0;
  textEnd = 0;
  /** Just past the tag just read, where its content starts. */
  private position = 0;
  /** The names by their first byte, each with its index. */
  private readonly byFirstByte: { name: Buffer; index: number }[][] = [];
  private attributesAt = 0;
  private tagEnd = 0;
  private nameStart = 0;
  private nameEnd = 0;

  constructor(bytes: Uint8Array, names: readonly string[]) {
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    names.forEach((text, index) => {
      const name = Buffer.from(text);
      (this.byFirstByte[name[0] as number] ??= []).push({ name, index });
    });
  }

  /** Moves to the next tag; false at the end of the part. */
  next(): boolean {
    const b = this.bytes;
    const length = b.length;
    let i = this.position;
    while (i < length && b[i] !== LT) i++;
    if (i >= length) return false;
    i++;
    if (b[i] === BANG || b[i] === QUESTION) {
      this.tag = -1;
      this.closing = this.selfClosing = false;
      this.position = this.skipSpecial(i);
      return true;
    }
    this.closing = b[i] === SLASH;
    if (this.closing) i++;
    let local = i;
    while (i < length && b[i] !== GT && b[i] !== SLASH && !isSpace(b[i])) if (b[i++] === COLON) local = i;
    this.tag = this.nameIndex(local, i);
    this.attributesAt = i;
    let quote = 0; // attribute values may hold '>'
    for (; i < length; i++) {
      const byte = b[i];
      if (quote) {
        if (byte === quote) quote = 0;
      } else if (byte === QUOTE || byte === APOSTROPHE) quote = byte;
      else if (byte === GT) break;
    }
    this.tagEnd = i;
    this.selfClosing = b[i - 1] === SLASH;
    this.position = Math.min(i + 1, length);
    return true;
  }

  /** Reads the tag's next attribute (valueStart, valueEnd, attributeLetter); false when none is left. */
  nextAttribute(): boolean {
    const b = this.bytes;
    const end = this.tagEnd;
    let i = this.attributesAt;
    while (i < end && (isSpace(b[i]) || b[i] === SLASH)) i++;
    if (i >= end) return false;
    this.nameStart = i;
    while (i < end && b[i] !== EQUALS && !isSpace(b[i])) if (b[i++] === COLON) this.nameStart = i;
    this.nameEnd = i;
    while (i < end && b[i] !== QUOTE && b[i] !== APOSTROPHE) i++;
    const quote = b[i];
    this.valueStart = ++i;
    while (i < end && b[i] !== quote) i++;
    this.valueEnd = i;
    this.attributesAt = i + 1;
    return true;
  }

  /** The name of the attribute just read when it is one letter (a cell's r, s and t), as its byte; 0 otherwise. */
  attributeLetter(): number {
    return this.nameEnd - this.nameStart === 1 ? (this.bytes[this.nameStart] as number) : 0;
  }

  /** Reads the text from the end of the tag just read up to the next tag (textStart, textEnd). */
  readText(): void {
    const b = this.bytes;
    let i = (this.textStart = this.position);
    while (i < b.length && b[i] !== LT) i++;
    this.textEnd = this.position = i;
  }

  /**
   * Reads `open`, text, `close` when exactly that comes next, as in a cell's `<v>15</v></c>`: one pass over the
   * bytes instead of three tags. Returns false without moving when anything else comes next.
   */
  readTextBetween(open: Uint8Array, close: Uint8Array): boolean {
    const b = this.bytes;
    let i = this.position;
    for (let k = 0; k < open.length; k++, i++) if (b[i] !== open[k]) return false;
    const start = i;
    while (i < b.length && b[i] !== LT) i++;
    const end = i;
    for (let k = 0; k < close.length; k++, i++) if (b[i] !== close[k]) return false;
    this.textStart = start;
    this.textEnd = end;
    this.position = i;
    return true;
  }

  /** Decoded bytes, raw: entities are still to be resolved (see xmlText). */
  string(start: number, end: number): string {
    return this.bytes.toString('utf8', start, end);
  }

  private nameIndex(start: number, end: number): number {
    const b = this.bytes;
    const length = end - start;
    const candidates = this.byFirstByte[b[start] as number];
    if (candidates === undefined) return -1;
    for (const { name, index } of candidates) {
      if (name.length !== length) continue;
      let i = 1;
      while (i < length && name[i] === b[start + i]) i++;
      if (i === length) return index;
    }
    return -1;
  }

  /** Past the comment, CDATA section, processing instruction or declaration whose '<' is just before `at`. */
  private skipSpecial(at: number): number {
    const b = this.bytes;
    const close = b[at] === QUESTION ? '?>' : b[at + 1] === DASH ? '-->' : b.toString('latin1', at, at + 8) === '![CDATA[' ? ']]>' : '>';
    const end = b.indexOf(close, at);
    return end === -1 ? b.length : end + close.length;
  }
}

/** bytes[from, to) as a whole number when they are 1 to 15 digits (exact in a double); NaN otherwise. */
export function digits(bytes: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 15) return NaN;
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = (bytes[i] as number) - 48;
    if (digit < 0 || digit > 9) return NaN;
    n = n * 10 + digit;
  }
  return n;
}
