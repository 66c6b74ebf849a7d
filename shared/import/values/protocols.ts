import { cleanText } from '../normalize-text';
import { splitList } from './parsed';

/** Protocol names from one cell. "/" stays inside a name (EtherNet/IP), so only `, ; | newline` separate. */
export function parseProtocols(text: string): string[] {
  return mergeNames([], splitList(text).map((p) => cleanText(p)));
}

/** Adds names that are not there yet, ignoring case. */
export function mergeNames(list: readonly string[], more: readonly string[]): string[] {
  const out = [...list];
  for (const name of more) {
    if (name && !out.some((n) => n.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}
