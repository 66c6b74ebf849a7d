/**
 * Text folding for comparisons: accents, case, punctuation and spacing do not matter,
 * so "Dirección IP", "direccion_ip" and "DIRECCION-IP" all read "direccion ip".
 */
export function foldText(text: string): string {
  // Unicode normalisation is the slow part; plain ASCII (most cells) needs none.
  const plain = /^[\x20-\x7e]*$/.test(text)
    ? text
    : text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .normalize('NFC'); // recomposes Hangul, which NFKD split into jamo
  return plain
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/[łđ]/g, (c) => (c === 'ł' ? 'l' : 'd'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when folded `text` contains folded `phrase` as whole words. */
export function containsWords(folded: string, phrase: string): boolean {
  return ` ${folded} `.includes(` ${phrase} `);
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Trims and collapses whitespace; `keepLines` keeps single line breaks (for notes). */
export function cleanText(text: string, keepLines = false): string {
  if (isClean(text)) return text;
  const plain = text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
  if (!keepLines) return plain.replace(/\s+/g, ' ').trim();
  return plain
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Printable ASCII with single spaces between words, as most cells are: cleaning (or NFKC) would leave it as it is. */
export function isClean(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 127) continue;
    if (code !== 32 || i === 0 || i === last || text.charCodeAt(i - 1) === 32) return false;
  }
  return true;
}

/** Words people type for "no value"; punctuation-only cells ("-", "?", "/") fold to '' and count too. */
const PLACEHOLDERS = new Set([
  '',
  'n a',
  'na',
  'n d',
  'nd',
  'n v',
  'tbd',
  'tba',
  'unknown',
  'desconocido',
  'sconosciuto',
  'unbekannt',
  'inconnu',
  'null',
  'nil',
  '미상',
]);

/** Placeholders are short and have no digits; other text (IPs, serials, ports) skips the slow folding. */
const LONGEST_PLACEHOLDER = 16;

const placeholderMemo = new Map<string, boolean>();

export function isPlaceholder(text: string): boolean {
  if (text.length > LONGEST_PLACEHOLDER || /\d/.test(text)) return false;
  let known = placeholderMemo.get(text);
  if (known === undefined) {
    known = PLACEHOLDERS.has(foldText(text));
    if (placeholderMemo.size < 10_000) placeholderMemo.set(text, known);
  }
  return known;
}
