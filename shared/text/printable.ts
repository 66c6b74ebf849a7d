/**
 * Characters no report can carry: C0 and C1 controls other than tab and line breaks, U+FFFE and U+FFFF (XML 1.0
 * forbids them, so a workbook holding one is refused by Excel and openpyxl), and halves of surrogate pairs (no
 * character at all). Text from outside reaches the report as typed, so it is cleaned once, on the way in.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const printable = (text: string): string => text.replace(UNPRINTABLE, '');

/**
 * `value` with every string in its arrays and plain objects made printable. Only what changes is copied: clean data
 * (nearly all of it) comes back as the very same objects, so a 100,000-asset report costs a walk, not a copy.
 */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, i) => {
      const clean = printableDeep(item);
      if (clean !== item) (copy ??= [...value])[i] = clean;
    });
    return (copy ?? value) as T;
  }
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  let copy: Record<string, unknown> | null = null;
  for (const [key, inner] of Object.entries(value)) {
    const clean = printableDeep(inner);
    if (clean !== inner) (copy ??= { ...(value as Record<string, unknown>) })[key] = clean;
  }
  return (copy ?? value) as T;
}
