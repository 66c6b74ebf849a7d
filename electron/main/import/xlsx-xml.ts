/**
 * Just enough XML for the small parts of an xlsx (workbook, relationships, styles), read as text. Writers differ in
 * namespace prefixes, quoting and spacing, never in structure.
 */

/** Every start tag named `localName` (any prefix) in a small part, as its decoded attributes by name (prefix kept). */
export function elements(xml: string, localName: string): Record<string, string>[] {
  const tags = xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])([^>]*)>`, 'g'));
  return Array.from(tags, ([, body = '']) => {
    const attributes: Record<string, string> = {};
    for (const [, name = '', double, single] of body.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
      attributes[name] = xmlText(double ?? single ?? '');
    return attributes;
  });
}

/** The content of the first element named `localName` (any prefix), '' when there is none. */
export function elementContent(xml: string, localName: string): string {
  const name = `(?:[\\w.-]+:)?${localName}`;
  return new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? '';
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
  if (name[0] !== '#') return ENTITIES[name] ?? match;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
  return code <= 0x10ffff ? String.fromCodePoint(code) : match;
}
