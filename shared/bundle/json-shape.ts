/**
 * Bounds on the shape of record data from outside (a .csms file, an IPC request): records keep fields the app
 * does not know (tables.ts), so their values are walked here rather than by a per-table schema. Nothing the app
 * writes comes near these; a file that does was made to exhaust a reader (a 5,000-deep nesting overflows the
 * merge's stack, a 20 MB field or a 100,000-key object slows every comparison).
 */
export const SHAPE_LIMITS = {
  maxDepth: 32,
  maxKeys: 1000,
  maxStringChars: 200_000,
  /** Text in one record, all its fields together. */
  maxRecordChars: 1_000_000,
  /** Values in one record, list items included (an asset has a few dozen). */
  maxRecordValues: 100_000,
};

/** Names that are properties of every object: as data keys they would read as functions wherever a lookup is careless. */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export const isPrototypeName = (name: string): boolean => PROTOTYPE_NAMES.has(name);

export interface ShapeProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The first way `record` (one record, at `path`) breaks the limits, or null. The walk stops descending at the depth
 * limit, so it cannot overflow the stack itself; byte arrays (evidence files) are not walked.
 */
export function shapeProblem(record: unknown, path: (string | number)[]): ShapeProblem | null {
  const walk = new Walk();
  const found = walk.value(record, 0);
  if (!found) return null;
  // Thirty-odd names of nesting say nothing to a person: the field at the top is where it is.
  if (found.deep) return { path: [...path, ...found.at.slice(0, 1)], message: `holds values nested more than ${SHAPE_LIMITS.maxDepth} levels deep` };
  return { path: found.whole ? path : [...path, ...found.at], message: found.message };
}

interface Found {
  at: (string | number)[];
  message: string;
  /** The problem is the record as a whole. */
  whole?: boolean;
  /** The problem is nesting too deep. */
  deep?: boolean;
}

class Walk {
  private chars = 0;
  private values = 0;

  value(value: unknown, depth: number): Found | null {
    if (++this.values > SHAPE_LIMITS.maxRecordValues)
      return { at: [], message: `holds more than ${SHAPE_LIMITS.maxRecordValues.toLocaleString('en')} values`, whole: true };
    if (typeof value === 'string') return this.text(value);
    if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return null;
    if (depth >= SHAPE_LIMITS.maxDepth) return { at: [], message: '', deep: true };
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const found = this.value(value[i], depth + 1);
        if (found) return found.whole ? found : { ...found, at: [i, ...found.at] };
      }
      return null;
    }
    const keys = Object.keys(value);
    if (keys.length > SHAPE_LIMITS.maxKeys) return { at: [], message: `has more than ${SHAPE_LIMITS.maxKeys.toLocaleString('en')} fields` };
    for (const key of keys) {
      if (isPrototypeName(key)) return { at: [key], message: 'is a name this format does not allow' };
      const found = this.text(key) ?? this.value((value as Record<string, unknown>)[key], depth + 1);
      if (found) return found.whole ? found : { ...found, at: [key, ...found.at] };
    }
    return null;
  }

  private text(text: string): Found | null {
    if (text.length > SHAPE_LIMITS.maxStringChars) return { at: [], message: `is longer than ${SHAPE_LIMITS.maxStringChars.toLocaleString('en')} characters` };
    this.chars += text.length;
    if (this.chars > SHAPE_LIMITS.maxRecordChars)
      return { at: [], message: `holds more than ${SHAPE_LIMITS.maxRecordChars.toLocaleString('en')} characters of text`, whole: true };
    return null;
  }
}
