import { type Parsed, splitList, type ValueNote, warn } from './parsed';

const CANONICAL = /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/;

/** A MAC in any common form (00-1B-1B-..., 001b.1b.., 001B1B..., colons) as lower-case colon form, else null. */
export function normalizeMac(text: string): string | null {
  if (CANONICAL.test(text)) return text;
  const lower = text.toLowerCase();
  if (CANONICAL.test(lower)) return lower;
  const hex = text.replace(/[\s:.-]/g, '').toLowerCase();
  if (!/^[0-9a-f]{12}$/.test(hex)) return null;
  return hex.replace(/(..)(?!$)/g, '$1:');
}

/** A MAC written with separators, as a column of MACs holds them (bare 12-hex strings could be serials). */
export function looksLikeMac(text: string): boolean {
  return /^(?:[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})$/i.test(text.trim());
}

/** The MACs in one cell, separated by `, ; | newline` (or spaces between complete addresses). */
export function parseMacList(text: string): Parsed<string[]> {
  const value: string[] = [];
  const notes: ValueNote[] = [];
  for (const chunk of splitList(text, '\\/')) {
    const whole = normalizeMac(chunk);
    for (const part of whole ? [chunk] : chunk.split(/\s+/)) {
      const mac = normalizeMac(part);
      if (!mac) notes.push(warn(`"${part}" is not a valid MAC address; it was left out.`));
      else if (!value.includes(mac)) value.push(mac);
    }
  }
  return { value, notes };
}
