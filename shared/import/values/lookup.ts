import { containsWords, foldText } from '../normalize-text';

/**
 * Looks a free-text value up in a word table: first the whole text, then the longest table phrase found
 * in it as whole words ("Running+MinorFault (0x0034)" finds "running"). Short codes ("H", "ap") are
 * `exactOnly` so they never match inside longer text.
 */
export class PhraseTable<T extends string> {
  private readonly exact = new Map<string, T>();
  private readonly phrases: { phrase: string; value: T }[] = [];
  private readonly memo = new Map<string, T | null>();

  constructor(byValue: Record<T, readonly string[]>, exactOnly: Partial<Record<T, readonly string[]>> = {}) {
    for (const [value, words] of Object.entries(byValue) as [T, readonly string[]][]) {
      for (const word of words) {
        const phrase = foldText(word);
        if (!phrase) continue;
        if (!this.exact.has(phrase)) this.exact.set(phrase, value);
        this.phrases.push({ phrase, value });
      }
    }
    for (const [value, words] of Object.entries(exactOnly) as [T, readonly string[]][]) {
      for (const word of words) this.exact.set(foldText(word), value);
    }
    this.phrases.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  /** Columns repeat the same few values, so answers are remembered per text. */
  lookup(text: string): T | null {
    const known = this.memo.get(text);
    if (known !== undefined) return known;
    const folded = foldText(text);
    const found = !folded ? null : (this.exact.get(folded) ?? this.phrases.find((p) => containsWords(folded, p.phrase))?.value ?? null);
    if (this.memo.size < 10_000) this.memo.set(text, found);
    return found;
  }
}
