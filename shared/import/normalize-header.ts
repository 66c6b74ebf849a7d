import { foldText } from './normalize-text';

/**
 * A header reduced to what it means: BOM, case, accents, punctuation, underscores, camelCase and
 * bracketed units ("Voltage (V)", "Address [IP]") do not count. "Firmware/Version" → "firmware version".
 */
export function normalizeHeader(header: string): string {
  const text = header
    .replace(/^\uFEFF/, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll}{2,})/gu, '$1 $2');
  const withoutBrackets = foldText(text.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' '));
  // A header that is only a bracket ("(IP)") keeps its contents.
  return withoutBrackets || foldText(text);
}

/** 0 → "A", 25 → "Z", 26 → "AA", as spreadsheets name columns. */
export function columnLetter(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
