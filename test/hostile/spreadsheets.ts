import { zipSync, type Zippable } from 'fflate';
import { centralEntries, dataOffset, eocdOf, noise, patchCompressionMethod, patchDeclaredSize, patched } from '../support/zip-surgery';
import { columnLetter } from '../../shared/import/normalize-header';
import type { HostileCase } from './case';

const enc = new TextEncoder();
const text = (s: string) => enc.encode(s);

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const WORKBOOK = (sheets: string[]) =>
  `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
    .map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')}</sheets></workbook>`;
const RELS = (targets: string[]) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
    .map((target, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${target}"/>`)
    .join('')}</Relationships>`;

/**
 * One sheet of three asset rows under a workbook.xml made odd. Stored, not deflated: compressed, a repetition would
 * be refused as a ZIP bomb before the scanner under test reads it.
 */
const withWorkbookXml = (workbookXml: string) =>
  zipSync({
    'xl/workbook.xml': [text(workbookXml), { level: 0 }],
    'xl/_rels/workbook.xml.rels': text(RELS(['worksheets/sheet1.xml'])),
    'xl/worksheets/sheet1.xml': text(sheetXml(assetRows(3))),
  });

const sheetXml = (rows: string, prolog = '') =>
  `<?xml version="1.0"?>${prolog}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const cell = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;

/** An asset list of `n` devices, as a plant would keep one. */
const assetRows = (n: number) =>
  [row(1, cell('A1', 'Name') + cell('B1', 'IP address') + cell('C1', 'Vendor'))]
    .concat(Array.from({ length: n }, (_, i) => row(i + 2, cell(`A${i + 2}`, `PLC-${i + 1}`) + cell(`B${i + 2}`, `10.0.${i >> 8}.${i & 255}`) + cell(`C${i + 2}`, 'Siemens'))))
    .join('');

/** An xlsx whose first sheet is `sheet` (XML text or bytes), with further parts as given. */
function workbook(sheet: string | Uint8Array, extra: Zippable = {}, sheetCount = 1): Uint8Array {
  const sheets = Array.from({ length: sheetCount }, (_, i) => `Sheet${i + 1}`);
  const parts: Zippable = {
    '[Content_Types].xml': text(CONTENT_TYPES),
    'xl/workbook.xml': text(WORKBOOK(sheets)),
    'xl/_rels/workbook.xml.rels': text(RELS(sheets.map((_, i) => `worksheets/sheet${i + 1}.xml`))),
    'xl/worksheets/sheet1.xml': typeof sheet === 'string' ? text(sheet) : sheet,
    ...extra,
  };
  return zipSync(parts, { level: 6 });
}

const plain = () => workbook(sheetXml(assetRows(20)));

const xlsx = (c: Omit<HostileCase, 'kind' | 'fileName'> & { fileName?: string }): HostileCase => ({ kind: 'spreadsheet', fileName: `${c.id}.xlsx`, ...c });
const csv = (c: Omit<HostileCase, 'kind' | 'fileName'> & { fileName?: string }): HostileCase => ({ kind: 'spreadsheet', fileName: `${c.id}.csv`, ...c });

export const SPREADSHEET_CASES: HostileCase[] = [
  xlsx({
    id: 'xlsx-sparse-xfd',
    what: '40,000 rows, each one cell in column XFD (the issue’s 410 KB file that padded every row to 16,384 cells)',
    make: () => workbook(sheetXml(Array.from({ length: 40_000 }, (_, i) => row(i + 1, cell(`XFD${i + 1}`, i === 0 ? 'Name' : `PLC-${i}`))).join(''))),
    read: /^1 sheet; “Sheet1”: 39,999 data rows, 1 column offered$/,
  }),
  xlsx({
    id: 'xlsx-eocd-disk-counts',
    what: 'end record giving different “entries on this disk” and “total entries” (slipped a 3 GB sheet past the old check)',
    make: () => {
      const zip = plain();
      return patched(zip, (v) => v.setUint16(eocdOf(zip) + 8, 1, true));
    },
    refused: /^“xlsx-eocd-disk-counts\.xlsx”: The file is damaged: its ZIP directory counts 1 member on this disk but 4 in all\.$/,
  }),
  xlsx({
    id: 'xlsx-declares-3gb',
    what: 'a sheet declaring 3 GB unpacked',
    make: () => patchDeclaredSize(plain(), 'xl/worksheets/sheet1.xml', 3 * 1024 ** 3),
    refused: /ZIP bomb .*xl\/worksheets\/sheet1\.xml would expand to 3 GB \(limit 1 GB\)\.$/,
  }),
  xlsx({
    id: 'xlsx-ratio-bomb',
    what: 'a 50 MB sheet of one repeated byte, compressed a thousand-fold',
    make: () => workbook(sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row><!--${' '.repeat(50 * 1024 ** 2)}-->`)),
    refused: /ZIP bomb .*xl\/worksheets\/sheet1\.xml is compressed [\d,]+-fold \(limit 500\)\.$/,
  }),
  xlsx({
    id: 'xlsx-overlapping-members',
    what: 'two directory entries pointing at the same bytes (an overlapping ZIP bomb)',
    make: () => {
      const zip = workbook(sheetXml(assetRows(5)), { 'xl/worksheets/sheet2.xml': text(sheetXml(assetRows(5))) }, 2);
      const entries = centralEntries(zip);
      const view = new DataView(zip.buffer);
      const sheet1 = entries.find((at) => new TextDecoder().decode(zip.subarray(at + 46, at + 46 + view.getUint16(at + 28, true))) === 'xl/worksheets/sheet1.xml')!;
      const sheet2 = entries.find((at) => new TextDecoder().decode(zip.subarray(at + 46, at + 46 + view.getUint16(at + 28, true))) === 'xl/worksheets/sheet2.xml')!;
      return patched(zip, (v) => v.setUint32(sheet2 + 42, view.getUint32(sheet1 + 42, true), true));
    },
    refused: /The file is damaged: two of its members share the same bytes\.$/,
  }),
  xlsx({
    id: 'xlsx-20001-members',
    what: '20,001 parts',
    make: () => workbook(sheetXml(assetRows(2)), Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`xl/media/p${i}.bin`, text('x')]))),
    refused: /ZIP bomb .*it holds 20,004 members \(limit 10,000\)\.$/,
  }),
  xlsx({
    id: 'xlsx-encrypted-part',
    what: 'a part flagged as ZIP-encrypted',
    make: () => {
      const zip = plain();
      return patched(zip, (v) => v.setUint16(centralEntries(zip)[3]! + 8, 1, true));
    },
    refused: /cannot be read: xl\/worksheets\/sheet1\.xml is encrypted\./,
  }),
  xlsx({
    id: 'xlsx-lzma-part',
    what: 'a part compressed with a method the app does not read (LZMA, 14)',
    make: () => patchCompressionMethod(plain(), 'xl/worksheets/sheet1.xml', 14),
    refused: /cannot be read: xl\/worksheets\/sheet1\.xml is compressed with method 14, which is not read\./,
  }),
  xlsx({
    id: 'xlsx-cut-short',
    what: 'a workbook cut short (its last 100 bytes missing)',
    make: () => plain().subarray(0, plain().length - 100),
    refused: /The file is damaged: its ZIP directory is missing or unreadable \(the file may be cut short\)\.$/,
  }),
  xlsx({
    id: 'xlsx-trailing-bytes',
    what: '1 KB appended after the end record',
    make: () => {
      const zip = plain();
      const out = new Uint8Array(zip.length + 1024);
      out.set(zip);
      return out;
    },
    refused: /The file is damaged: its ZIP directory is missing or unreadable/,
  }),
  xlsx({
    id: 'xlsx-fake-zip64',
    what: 'a ZIP64 locator pointing past the file',
    make: () => {
      const zip = plain();
      const eocd = eocdOf(zip);
      const locator = new Uint8Array(20);
      const v = new DataView(locator.buffer);
      v.setUint32(0, 0x07064b50, true);
      v.setBigUint64(8, 0xffffffffn, true);
      const out = new Uint8Array(zip.length + 20);
      out.set(zip.subarray(0, eocd));
      out.set(locator, eocd);
      out.set(zip.subarray(eocd), eocd + 20);
      return out;
    },
    refused: /The file is damaged: its ZIP64 directory is damaged\.$/,
  }),
  xlsx({
    id: 'xlsx-local-name-differs',
    what: 'a part whose own header names another part',
    make: () => {
      const zip = plain();
      const at = dataOffset(zip, 'xl/worksheets/sheet1.xml') - 'xl/worksheets/sheet1.xml'.length;
      return patched(zip, (v) => v.setUint8(at + 'xl/worksheets/sheet'.length, '9'.charCodeAt(0)));
    },
    refused: /The file is damaged: xl\/worksheets\/sheet1\.xml is named xl\/worksheets\/sheet9\.xml in its own header\.$/,
  }),
  xlsx({
    id: 'xlsx-wrong-crc',
    what: 'a sheet whose CRC-32 does not match',
    make: () => {
      const zip = plain();
      return patched(zip, (v) => v.setUint32(centralEntries(zip)[3]! + 16, 0x12345678, true));
    },
    refused: /The file is damaged: xl\/worksheets\/sheet1\.xml does not match its CRC-32 checksum\.$/,
  }),
  xlsx({
    id: 'xlsx-row-past-excel',
    what: 'a row numbered 2,000,000',
    make: () => workbook(sheetXml(row(1, cell('A1', 'Name')) + row(2_000_000, cell('A2000000', 'PLC')))),
    refused: /row number 2000000 is past Excel's last row, 1048576/,
  }),
  xlsx({
    id: 'xlsx-column-past-xfd',
    what: 'a cell in column XFE',
    make: () => workbook(sheetXml(row(1, cell('A1', 'Name') + cell('XFE1', 'x')))),
    refused: /a cell of row 1 is past Excel's last column, XFD/,
  }),
  xlsx({
    id: 'xlsx-bad-string-index',
    what: 'shared-string indexes far past the table',
    make: () => workbook(sheetXml(assetRows(3) + row(5, '<c r="A5" t="s"><v>99999999</v></c>'))),
    read: /^1 sheet; “Sheet1”: 3 data rows, 3 columns offered$/,
  }),
  xlsx({
    id: 'xlsx-entity-expansion',
    what: 'a “billion laughs” DOCTYPE and entity references in a cell',
    make: () => {
      const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
      return workbook(sheetXml(assetRows(2) + row(4, cell('A4', '&lol9;')), `<!DOCTYPE worksheet [${entities}]>`));
    },
    read: /^1 sheet; “Sheet1”: 3 data rows, 3 columns offered$/,
  }),
  xlsx({
    id: 'xlsx-30mb-cell',
    what: 'one cell of 30 MB of text',
    make: () => workbook(sheetXml(assetRows(2) + row(4, cell('A4', 'PLC-X') + cell('C4', new TextDecoder().decode(noise(30 * 1024 ** 2).map((b) => 97 + (b % 26))))))),
    read: /^1 sheet; “Sheet1”: 3 data rows, 3 columns offered$/,
  }),
  xlsx({
    id: 'xlsx-16384-headers',
    what: 'a header row of 16,384 columns',
    make: () =>
      workbook(
        sheetXml(
          [row(1, Array.from({ length: 16_384 }, (_, c) => `<c r="${columnLetter(c)}1" t="inlineStr"><is><t>H${c}</t></is></c>`).join(''))]
            .concat(Array.from({ length: 10 }, (_, r) => row(r + 2, `<c r="A${r + 2}"><v>${r}</v></c>`)))
            .join(''),
        ),
      ),
    read: /^1 sheet; “Sheet1”: 10 data rows, 1,000 columns offered, 15,384 left out$/,
  }),
  xlsx({
    id: 'xlsx-no-workbook-part',
    what: 'a ZIP archive holding a text file only',
    make: () => zipSync({ 'readme.txt': text('hello') }),
    refused: /not an Excel workbook \(it has no xl\/workbook\.xml\)/,
  }),
  xlsx({
    id: 'xlsx-opendocument',
    what: 'an OpenDocument spreadsheet named .xlsx',
    make: () => zipSync({ mimetype: text('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': text('<office:document-content/>') }),
    refused: /This is an OpenDocument file \(\.ods\)/,
  }),
  xlsx({
    id: 'xlsx-rels-traversal',
    what: 'a sheet relationship pointing at ../../../../etc/passwd',
    make: () => zipSync({ 'xl/workbook.xml': text(WORKBOOK(['Sheet1'])), 'xl/_rels/workbook.xml.rels': text(RELS(['../../../../etc/passwd'])) }),
    refused: /The workbook has no data: every sheet is empty\.$/,
  }),
  xlsx({
    id: 'xlsx-unclosed-sheet-tags',
    what: 'a workbook.xml of a million “<sheet ” never closed (a pattern looking for each end took over 120 s)',
    make: () => withWorkbookXml(`${WORKBOOK(['Sheet1']).replace('</sheets></workbook>', '')}${'<sheet '.repeat(1_000_000)}`),
    read: /^1 sheet; “Sheet1”: 3 data rows, 3 columns offered$/,
  }),
  xlsx({
    id: 'xlsx-long-attribute-name',
    what: 'a sheet tag holding one attribute name of 5 million characters and no “=”',
    make: () => withWorkbookXml(WORKBOOK(['Sheet1']).replace('<sheet ', `<sheet ${'a'.repeat(5_000_000)} `)),
    read: /^1 sheet; “Sheet1”: 3 data rows, 3 columns offered$/,
  }),
  xlsx({
    id: 'xlsx-200-sheets-last-row',
    what: '200 sheets, each a header and one cell in row 1,048,576 (200 million empty rows took 2.25 GB)',
    make: () => {
      const one = text(sheetXml(row(1, cell('A1', 'Name')) + row(1_048_576, cell('A1048576', 'PLC'))));
      const sheets = Array.from({ length: 200 }, (_, i) => [`xl/worksheets/sheet${i + 1}.xml`, one] as const);
      return zipSync({
        'xl/workbook.xml': text(WORKBOOK(sheets.map((_, i) => `Sheet${i + 1}`))),
        'xl/_rels/workbook.xml.rels': text(RELS(sheets.map((_, i) => `worksheets/sheet${i + 1}.xml`))),
        ...Object.fromEntries(sheets),
      });
    },
    read: /^200 sheets; “Sheet1”: 1 data rows, 1 column offered$/,
  }),
  xlsx({
    id: 'xlsx-200-sheets-one-part',
    what: '200 sheets all pointing at one part (each read again, past the total size limit)',
    make: () =>
      zipSync({
        'xl/workbook.xml': text(WORKBOOK(Array.from({ length: 200 }, (_, i) => `Sheet${i + 1}`))),
        'xl/_rels/workbook.xml.rels': text(RELS(Array.from({ length: 200 }, () => 'worksheets/sheet1.xml'))),
        'xl/worksheets/sheet1.xml': text(sheetXml(assetRows(3))),
      }),
    refused: /The file is damaged: two of its sheets are the same part, xl\/worksheets\/sheet1\.xml\.$/,
  }),
  xlsx({
    id: 'xlsx-1001-sheets',
    what: '1,001 sheets (9,000 sheets of 1,000 columns ran past 120 s)',
    make: () => {
      const sheets = Array.from({ length: 1001 }, (_, i) => `Sheet${i + 1}`);
      return zipSync({
        'xl/workbook.xml': text(WORKBOOK(sheets)),
        'xl/_rels/workbook.xml.rels': text(RELS(sheets.map((_, i) => `worksheets/sheet${i + 1}.xml`))),
        ...Object.fromEntries(sheets.map((_, i) => [`xl/worksheets/sheet${i + 1}.xml`, text(sheetXml(assetRows(1)))])),
      });
    },
    refused: /The workbook has 1,001 sheets; at most 1,000 can be read\./,
  }),
  xlsx({
    id: 'xlsx-long-shared-strings',
    what: 'one 40,000-character shared string in 8 mapped columns of 10,000 rows (took 42 s, 4 ms a row)',
    make: () => {
      const header = ['Name', 'Vendor', 'Model', 'Location', 'Owner', 'Description', 'Hostname', 'Firmware'];
      const columns = header.map((_, c) => columnLetter(c));
      const strings = [...header, 'x'.repeat(40_000)];
      const sst = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
      const rows = [row(1, columns.map((col, c) => `<c r="${col}1" t="s"><v>${c}</v></c>`).join(''))]
        .concat(Array.from({ length: 10_000 }, (_, r) => row(r + 2, columns.map((col) => `<c r="${col}${r + 2}" t="s"><v>8</v></c>`).join(''))))
        .join('');
      const rels = RELS(['worksheets/sheet1.xml']).replace(
        '</Relationships>',
        '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      );
      return zipSync({ 'xl/workbook.xml': text(WORKBOOK(['Sheet1'])), 'xl/_rels/workbook.xml.rels': text(rels), 'xl/sharedStrings.xml': text(sst), 'xl/worksheets/sheet1.xml': text(sheetXml(rows)) });
    },
    read: /^1 sheet; “Sheet1”: 10,000 data rows, 8 columns offered$/,
    // 80,000 cells of 2,000 characters kept are 160 million characters of assets, which the importing side holds.
    capMb: 1500,
  }),
  xlsx({
    id: 'xlsx-million-styles',
    what: 'a style sheet of a million cell formats',
    make: () => workbook(sheetXml(assetRows(3)), { 'xl/styles.xml': text(`<styleSheet><cellXfs>${'<xf numFmtId="14"/>'.repeat(1_000_000)}</cellXfs></styleSheet>`) }),
    read: /^1 sheet; “Sheet1”: 3 data rows, 3 columns offered$/,
  }),
  xlsx({
    id: 'xlsx-last-row-only',
    what: 'a header in row 1 and one device in Excel’s last row, 1,048,576',
    make: () => workbook(sheetXml(row(1, cell('A1', 'Name')) + row(1_048_576, cell('A1048576', 'PLC-LAST')))),
    read: /^1 sheet; “Sheet1”: 1 data rows, 1 column offered$/,
  }),
  xlsx({
    id: 'xlsx-password-protected',
    what: 'a password-protected workbook (compound file)',
    make: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]),
    refused: /password-protected \(encrypted\) or an old \.xls file/,
  }),
  xlsx({ id: 'xlsx-is-a-pdf', what: 'a PDF named .xlsx', make: () => text('%PDF-1.7\n%…'), refused: /This is a PDF document, not a spreadsheet/ }),
  xlsx({ id: 'xlsx-empty', what: 'an empty file', make: () => new Uint8Array(), refused: /The file is empty \(0 bytes\)\.$/ }),
  xlsx({
    id: 'xlsx-201-mb',
    what: 'a 201 MB file (refused by its size, before a byte is read)',
    make: () => ({ sparseBytes: 201 * 1024 ** 2 }),
    refused: /is 201 MB; spreadsheets larger than 200 MB cannot be imported/,
  }),
  csv({
    id: 'csv-100k-columns-100mb',
    what: '100 MB of records 100,000 values wide (did not finish analysing in 5 minutes)',
    make: () => {
      const line = `${Array.from({ length: 100_000 }, (_, i) => `c${i % 10}`).join(',')}\n`;
      return text(line.repeat(Math.ceil((100 * 1024 ** 2) / line.length)));
    },
    refused: /A line of it holds more than 16,384 values; at most 16,384 columns/,
  }),
  csv({
    id: 'csv-wide-line-late',
    what: '24 ordinary lines, then one line of 20,000,001 values (only the first 20 lines were checked)',
    make: () => text(`Name,IP\n${'PLC,10.0.0.1\n'.repeat(23)}${','.repeat(20_000_000)}\n`),
    refused: /A line of it holds more than 16,384 values/,
  }),
  csv({
    id: 'csv-inch-mark-header',
    what: 'a header with an inch mark (Display 15") and 100,000 lines (read as one record of 200,000 columns, 0 rows)',
    make: () => text(`Name,Display 15",Vendor\n${Array.from({ length: 100_000 }, (_, i) => `HMI-${i},15,Siemens`).join('\n')}\n`),
    read: /^1 sheet; “csv-inch-mark-header\.csv”: 100,000 data rows, 3 columns offered$/,
  }),
  csv({
    id: 'csv-16384-columns',
    what: 'records exactly 16,384 values wide (Excel’s width), 300 rows',
    make: () => {
      const header = `${Array.from({ length: 16_384 }, (_, i) => `Column ${i}`).join(',')}\n`;
      const line = `${Array.from({ length: 16_384 }, (_, i) => String(i % 100)).join(',')}\n`;
      return text(header + line.repeat(300));
    },
    read: /^1 sheet; “csv-16384-columns\.csv”: 300 data rows, 1,000 columns offered, 15,384 left out$/,
  }),
  csv({
    id: 'csv-2m-lines',
    what: '2,000,001 lines',
    make: () => text(`Name,IP\n${'PLC,10.0.0.1\n'.repeat(2_000_000)}`),
    refused: /The file has 2,000,001 lines; at most 1,048,576/,
  }),
  csv({ id: 'csv-unclosed-quote', what: 'a quote opened on row 2 and never closed', make: () => text('Name,Notes\nPLC-1,"runs on\nPLC-2,x\n'), refused: /Row 2 opens a quoted value/ }),
  csv({ id: 'csv-nul-bytes', what: 'binary data with NUL bytes, named .csv', make: () => noise(4096).map((b, i) => (i % 7 ? b : 0)), refused: /it holds binary data, not text/ }),
  csv({
    id: 'csv-formula-cells',
    what: 'cells that would run as formulas (=HYPERLINK, +cmd, @SUM)',
    make: () => text('Name,Vendor,Notes\n"=HYPERLINK(""http://x"",""PLC"")",+cmd|calc,@SUM(A1)\nPLC-2,-2+3,ok\n'),
    read: /^1 sheet; “csv-formula-cells\.csv”: 2 data rows, 3 columns offered$/,
  }),
  csv({
    id: 'csv-100mb-one-field',
    what: 'one quoted field of 100 MB',
    make: () => text(`Name,Notes\nPLC-1,"${'note '.repeat(20 * 1024 ** 2)}"\nPLC-2,short\n`),
    read: /^1 sheet; “csv-100mb-one-field\.csv”: 2 data rows, 2 columns offered$/,
  }),
];
