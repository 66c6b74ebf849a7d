import type { IssueSeverity } from '../types';

/** A problem with one value, before import-rows adds where it was (row, column). */
export interface ValueNote {
  severity: IssueSeverity;
  message: string;
}

export interface Parsed<T> {
  value: T;
  notes: ValueNote[];
}

export const warn = (message: string): ValueNote => ({ severity: 'warning', message });
export const info = (message: string): ValueNote => ({ severity: 'info', message });

const separatorsByExtra = new Map<string, RegExp>();

/** Splits a cell that lists several values; `extra` adds separators a field allows (e.g. "/" between IPs). */
export function splitList(text: string, extra = ''): string[] {
  let separators = separatorsByExtra.get(extra);
  if (!separators) {
    separators = new RegExp(`[,;|\\n\\r${extra}]+`);
    separatorsByExtra.set(extra, separators);
  }
  const parts: string[] = [];
  for (const part of text.split(separators)) {
    const trimmed = part.trim();
    if (trimmed) parts.push(trimmed);
  }
  return parts;
}
