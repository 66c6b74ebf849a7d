import { xmlText } from './xlsx-xml';
import { XmlCursor } from './xml-cursor';

/** The elements the sheet and shared-string readers act on; the constants below are their indexes (XmlCursor's `tag`). */
export const XLSX_TAGS = ['row', 'c', 'v', 'f', 'is', 't', 'rPh', 'si'];
export const ROW = 0;
export const CELL = 1;
export const VALUE = 2;
export const FORMULA = 3;
export const INLINE_STRING = 4;
const TEXT = 5;
const PHONETIC = 6;
const STRING_ITEM = 7;

const SIMPLE_TEXT_OPEN = Buffer.from('<t>');
const SIMPLE_TEXT_CLOSE = Buffer.from('</t></si>');

/**
 * Reads a string item, shared (<si>) or inline (<is>), from just inside it through its closing tag: its <t>, or the
 * <t> of each rich-text run in order. Phonetic guides (<rPh>, furigana over Japanese text) are not what the cell shows.
 */
export function stringItem(cursor: XmlCursor, closingTag: number): string {
  if (closingTag === STRING_ITEM && cursor.readTextBetween(SIMPLE_TEXT_OPEN, SIMPLE_TEXT_CLOSE))
    return xmlText(cursor.string(cursor.textStart, cursor.textEnd));
  let text = '';
  let phonetic = false;
  while (cursor.next()) {
    const { tag, closing } = cursor;
    if (tag === closingTag && closing) break;
    if (tag === PHONETIC) phonetic = !closing && !cursor.selfClosing;
    else if (tag === TEXT && !closing && !cursor.selfClosing && !phonetic) {
      cursor.readText();
      text += cursor.string(cursor.textStart, cursor.textEnd);
    }
  }
  return xmlText(text);
}

/** The workbook's shared strings, rich text as its plain text. */
export function sharedStrings(bytes: Uint8Array): string[] {
  const cursor = new XmlCursor(bytes, XLSX_TAGS);
  const strings: string[] = [];
  while (cursor.next()) {
    if (cursor.tag === STRING_ITEM && !cursor.closing) strings.push(cursor.selfClosing ? '' : stringItem(cursor, STRING_ITEM));
  }
  return strings;
}
