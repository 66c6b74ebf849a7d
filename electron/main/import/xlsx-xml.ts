import { own } from '../../../shared/domain/own';

/**
 * Just enough XML for the small parts of an xlsx (workbook, relationships, styles), read as text. Writers differ in
 * namespace prefixes, quoting and spacing, never in structure.
 */

/**
 * Every start tag named `localName` (any prefix) in a small part, as its decoded attributes by name (prefix kept).
 * Scanned so that the work stays linear whatever the part holds: a crafted workbook.xml of a million unclosed
 * "<sheet " took minutes with a pattern that looked for each tag's end from every opening.
 */
export function elements(xml: string, localName: string): Record<string, string>[] {
  const opening = openingTag(localName);
  const found: Record<string, string>[] = [];
  while (opening.exec(xml)) {
    const end = xml.indexOf('>', opening.lastIndex);
    // No tag closes after this one, so none after any later one either.
    if (end < 0) break;
    found.push(attributesOf(xml.slice(opening.lastIndex, end)));
    opening.lastIndex = end + 1;
  }
  return found;
}

/** Where a start tag named `localName` (any prefix) begins, its name read up to lastIndex. */
const openingTag = (localName: string) => new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])`, 'g');

/**
 * A tag's attributes. A name only starts after white space, and is taken whole (the lookahead makes it atomic), so a
 * long run of name characters is scanned once, not once per character.
 */
const ATTRIBUTE = /(?<=^|\s)(?=([\w.:-]+))\1\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributesOf(body: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name = '', double, single] of body.matchAll(ATTRIBUTE)) attributes[name] = xmlText(double ?? single ?? '');
  return attributes;
}

/** The content of the first element named `localName` (any prefix), '' when there is none. */
export function elementContent(xml: string, localName: string): string {
  const opening = openingTag(localName);
  if (!opening.exec(xml)) return '';
  const start = xml.indexOf('>', opening.lastIndex);
  if (start < 0 || xml[start - 1] === '/') return '';
  const closing = new RegExp(`</(?:[\\w.-]+:)?${localName}\\s*>`, 'g');
  closing.lastIndex = start + 1;
  const end = closing.exec(xml);
  return end ? xml.slice(start + 1, end.index) : '';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Text content as the cell shows it: XML line ends normalised, entities resolved, and Excel's own escapes for
 * characters XML cannot hold ("_x000D_" is a carriage return, "_x005F_" a literal underscore) undone.
 */
export function xmlText(raw: string): string {
  let text = raw;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('&')) text = text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|\w+);/g, entity);
  if (text.includes('_x')) text = text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}

function entity(match: string, name: string): string {
  if (name[0] !== '#') return own(ENTITIES, name) ?? match;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
  return code <= 0x10ffff ? String.fromCodePoint(code) : match;
}
