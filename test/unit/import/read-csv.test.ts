import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectLineEnding, readCsv } from '../../../shared/import/read-csv';
import { SpreadsheetError } from '../../../shared/import/spreadsheet-error';
import { decodeText, detectEncoding, repairDoubleEncoding } from '../../../shared/import/text-encoding';
import { encodeMacRoman, encodeWindows1252 } from '../../support/code-page';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, endian: 'le' | 'be', bom: boolean) => {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return new Uint8Array(endian === 'le' ? le : le.swap16());
};
const rowsOf = (bytes: Uint8Array) => readCsv(bytes, 'assets.csv').sheets[0]?.rows;

const TABLE = 'Name,Vendor,IP\r\nPumpe Süd,Kestrel,10.0.0.1\r\n';
const PARSED = [
  ['Name', 'Vendor', 'IP'],
  ['Pumpe Süd', 'Kestrel', '10.0.0.1'],
];

describe('readCsv encodings', () => {
  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TABLE)]), 'utf-8'],
    ['UTF-8 without BOM', utf8(TABLE), 'utf-8'],
    ['UTF-16LE with BOM', utf16(TABLE, 'le', true), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(TABLE, 'be', true), 'utf-16be'],
    ['UTF-16LE without BOM', utf16(TABLE, 'le', false), 'utf-16le'],
    ['UTF-16BE without BOM', utf16(TABLE, 'be', false), 'utf-16be'],
    ['Windows-1252', encodeWindows1252(TABLE), 'windows-1252'],
  ])('%s: detected, decoded, and no BOM left on the first header', (_label, bytes, encoding) => {
    const workbook = readCsv(bytes, 'assets.csv');
    expect(workbook.csv?.encoding).toBe(encoding);
    expect(workbook.sheets[0]?.rows).toEqual(PARSED);
  });

  it('reads German Windows-1252 with umlauts, ß, € and typographic quotes (bytes 0x80–0x9F included)', () => {
    const text = 'Gerätename;Standort;Wert;Bemerkung\r\nGrößenmessung;Außenstelle Öhringen;1.250,50 €;Schrank „A“ – alt\r\n';
    expect(detectEncoding(encodeWindows1252(text))).toBe('windows-1252');
    expect(rowsOf(encodeWindows1252(text))).toEqual([
      ['Gerätename', 'Standort', 'Wert', 'Bemerkung'],
      ['Größenmessung', 'Außenstelle Öhringen', '1.250,50 €', 'Schrank „A“ – alt'],
    ]);
  });

  it('tells Mac Roman from Windows-1252 by what the bytes spell, helped by CR-only lines', () => {
    const text = 'Name,Location\rPanel,Luts’k\rPLC,Zürich\rRTU,Málaga\rHMI,Orléans\rSwitch,Kärnten\r';
    const bytes = encodeMacRoman(text);
    expect([...bytes].filter((b) => b > 0x7f)).toEqual([0xd5, 0x9f, 0x87, 0x8e, 0x8a]);
    expect(readCsv(bytes, 'mac.csv').csv).toEqual({ encoding: 'macintosh', delimiter: ',', lineEnding: 'cr' });
    expect(rowsOf(bytes)?.map((r) => r[1])).toEqual(['Location', 'Luts’k', 'Zürich', 'Málaga', 'Orléans', 'Kärnten']);
    // The same letters in Windows-1252 with CRLF stay Windows-1252.
    expect(detectEncoding(encodeWindows1252(text.replace(/\r/g, '\r\n')))).toBe('windows-1252');
  });

  it('repairs UTF-8 that was once read as Windows-1252 (“Lutsâ€™k”), and leaves ordinary accents alone', () => {
    expect(decodeText(encodeMacRoman('Location\rBerdyansâ€™k\rSaint-Ã‰tienne\r')).text).toBe('Location\rBerdyans’k\rSaint-Étienne\r');
    expect(repairDoubleEncoding('Café, Zürich, Öl – ½')).toBe('Café, Zürich, Öl – ½');
  });
});

describe('readCsv delimiters and line endings', () => {
  it.each([
    [',', 'a,b,c\nd,e,f\n'],
    [';', 'a;b;c\nd;"e;1";f\n'],
    ['\t', 'a\tb\tc\nd\te, x\tf\n'],
    ['|', 'a|b|c\nd|e|f\n'],
  ])('detects %j outside quotes', (delimiter, text) => {
    expect(readCsv(utf8(text), 'x.csv').csv?.delimiter).toBe(delimiter);
    expect(rowsOf(utf8(text))?.[0]).toEqual(['a', 'b', 'c']);
  });

  it('prefers the delimiter that splits records alike over one that appears in free text', () => {
    const text = 'Gerät;Standort;Notiz\nPLC;Halle 3, Nord;ok, geprüft, alt\nHMI;Süd;neu\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(detectDelimiter('Asset list, June\nName;IP;Zone\nPLC;10.0.0.1;Z1\nHMI;10.0.0.2;Z1\n')).toBe(';');
    expect(detectDelimiter('just one column\nof names\n')).toBeNull();
  });

  it.each([
    ['crlf', 'a,b\r\nc,d\r\n'],
    ['lf', 'a,b\nc,d\n'],
    ['cr', 'a,b\rc,d\r'],
    ['lf', '"multi\r\nline",b\nc,d\n'],
  ] as const)('detects %s line endings outside quotes', (lineEnding, text) => {
    expect(detectLineEnding(text)).toBe(lineEnding);
    expect(rowsOf(utf8(text))).toHaveLength(2);
  });

  it('keeps quoted delimiters, quotes and line breaks inside a cell', () => {
    const text = 'Name,Location\n"Gateway ""north""","Works A,\nroof"\n';
    expect(rowsOf(utf8(text))).toEqual([
      ['Name', 'Location'],
      ['Gateway "north"', 'Works A,\nroof'],
    ]);
  });

  it('gives empty cells as null, keeps blank lines in the middle for row numbers, drops trailing ones', () => {
    expect(rowsOf(utf8('a,,c\n\nd,e,\n\n\n'))).toEqual([['a', null, 'c'], [null], ['d', 'e', null]]);
  });

  it('names the one sheet after the file and reads a one-column file', () => {
    const workbook = readCsv(utf8('Name\nPLC-1\nPLC-2\n'), 'names.txt');
    expect(workbook).toMatchObject({ fileName: 'names.txt', kind: 'csv', sheets: [{ name: 'names.txt', rows: [['Name'], ['PLC-1'], ['PLC-2']] }] });
  });

  it('refuses a quote that is never closed, naming the row', () => {
    const read = () => readCsv(utf8('Name,Note\nPLC,ok\nHMI,"broken\nRTU,fine\n'), 'x.csv');
    expect(read).toThrow(SpreadsheetError);
    expect(read).toThrow(/^Row 3 opens a quoted value/);
  });
});
