import { cleanText } from '../normalize-text';
import { numberToText } from '../cell-text';
import { type Parsed, type ValueNote, warn } from './parsed';

/** Excel stores 15 significant digits: a longer number has already lost its tail. */
const EXCEL_DIGITS_LIMIT = 1e15;
const SCIENTIFIC = /^([+-]?)(\d+)(?:[.,](\d+))?e\+?(\d{1,3})$/i;

/** "6.37702E+15" → "6377020000000000"; null when it is not a whole number in exponent form. */
export function expandScientific(text: string): string | null {
  if (!text.includes('e') && !text.includes('E')) return null;
  const m = SCIENTIFIC.exec(text.trim());
  if (!m) return null;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = m;
  const zeros = Number(exponent) - fraction.length;
  if (zeros < 0) return null;
  const digits = `${whole}${fraction}${'0'.repeat(zeros)}`.replace(/^0+(?=\d)/, '');
  return `${sign === '-' ? '-' : ''}${digits}`;
}

/**
 * An identifier (name, model, serial number) read from a cell, undoing what Excel does to long
 * numbers: a number is written out in full digits, and a text in exponent form is expanded; both
 * warn when digits may already be lost. `label` names the field in messages.
 */
export function identifierFromCell(cell: string | number, label: string): Parsed<string> {
  const notes: ValueNote[] = [];
  if (typeof cell === 'number') {
    const text = numberToText(cell);
    if (Number.isInteger(cell) && Math.abs(cell) >= EXCEL_DIGITS_LIMIT) {
      notes.push(
        warn(
          `${label} arrived as the number ${text}: Excel keeps only 15 significant digits, so its last digits may have been rounded. Check it against the device label.`,
        ),
      );
    }
    return { value: text, notes };
  }
  const text = cleanText(cell);
  const expanded = expandScientific(text);
  if (expanded === null) return { value: text, notes };
  notes.push(
    warn(
      `${label} "${text}" is in scientific notation: Excel shortened a long number and its last digits are lost. Read as ${expanded}; check it against the device label.`,
    ),
  );
  return { value: expanded, notes };
}
