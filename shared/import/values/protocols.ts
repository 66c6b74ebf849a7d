import { cleanText } from '../normalize-text';
import { splitList } from './parsed';

/** Protocol names from one cell. "/" stays inside a name (EtherNet/IP), so only `, ; | newline` separate. */
export function parseProtocols(text: string): string[] {
  const names: string[] = [];
  for (const part of splitList(text)) {
    const name = cleanText(part);
    if (name && !includesIgnoringCase(names, name)) names.push(name);
  }
  return names;
}

/** Appends to `list` the names that are not in it yet, ignoring case, and returns it. */
export function addNames(list: string[], more: readonly string[]): string[] {
  for (const name of more) {
    if (name && !includesIgnoringCase(list, name)) list.push(name);
  }
  return list;
}

function includesIgnoringCase(list: readonly string[], name: string): boolean {
  const lower = name.toLowerCase();
  for (const n of list) if (n === name || n.toLowerCase() === lower) return true;
  return false;
}
