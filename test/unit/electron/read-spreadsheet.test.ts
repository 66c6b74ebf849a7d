import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { FileSystem } from '../../../electron/main/ipc/context';
import { MAX_SPREADSHEET_BYTES, parseSpreadsheet, readSpreadsheetBytes, readSpreadsheetFileBytes } from '../../../electron/main/import/read-spreadsheet';
import { createNodeFileSystem } from '../../../electron/main/node-fs';
import { XLSX_ZIP_LIMITS } from '../../../electron/main/import/xlsx-zip';
import { SpreadsheetError } from '../../../shared/import/spreadsheet-error';
import type { Cell, WorkbookGrid } from '../../../shared/import/types';
import { UserFacingError } from '../../../shared/ipc/result';
import { repack } from '../../support/zip-surgery';

const FIXTURES = join(__dirname, '../../fixtures/assets');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const read = (name: string) => readSpreadsheetBytes(fixture(name), name);
const shape = (workbook: WorkbookGrid) => workbook.sheets.map((s) => [s.name, s.rows.length]);

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof SpreadsheetError)) throw new Error(`expected a SpreadsheetError, got ${String(error)}`);
  return error.message;
}

describe('readSpreadsheetBytes on the fixtures', () => {
  it('DFFM workbook: four sheets in tab order, named though openpyxl wrote absolute relationship targets', async () => {
    const workbook = await read('dffm-asset-inventory.xlsx');
    expect(workbook.kind).toBe('xlsx');
    expect(shape(workbook)).toEqual([['Asset Inventory', 18], ['Open Ports Detail', 42], ['Vulnerability Summary', 11], ['IEC 62443 Compliance', 52]]);
    expect(workbook.sheets[0]?.rows[0]?.slice(0, 3)).toEqual(['ID Asset', 'IP', 'MAC Address']);
    expect(workbook.sheets[0]?.rows[1]?.slice(0, 3)).toEqual(['A-001', '172.16.224.21', '3C:F7:D1:80:3A:8F']);
    expect(workbook.sheets[1]?.rows[1]).toEqual(['172.16.224.21', 443, 'tcp', 'HTTPS', null, 'S']);
  });

  it('DFFM CSV: UTF-8, comma, CRLF; a semicolon inside a quoted field stays in it', async () => {
    const workbook = await read('dffm-assets.csv');
    expect(workbook.csv).toEqual({ encoding: 'utf-8', delimiter: ',', lineEnding: 'crlf' });
    expect(shape(workbook)).toEqual([['dffm-assets.csv', 18]]);
    expect(workbook.sheets[0]?.rows[1]?.[8]).toBe('443/tcp(HTTPS); 4840/tcp(OPC-UA); 9600/tcp(FINS); 44818/tcp/udp(EtherNet/IP)');
  });

  it('Acme workbook: the blank first row is kept so the header stays on row 2', async () => {
    const workbook = await read('acme-asset-inventory.xlsx');
    expect(shape(workbook)).toEqual([['Asset Inventory', 12], ['Asset Summary', 7]]);
    expect(workbook.sheets[0]?.rows.slice(0, 2)).toEqual([[], ['Asset ID', 'Asset Name', 'Asset Type', 'Owner', 'Location', 'Data Classification', 'Criticality', 'CIA Impact', 'Notes']]);
    expect(workbook.sheets[1]?.rows[1]).toEqual(['Total Assets', 10]);
  });

  it('Korean CSV: Hangul headers and the formula-like value kept as text', async () => {
    const rows = (await read('korean-assets.csv')).sheets[0]?.rows ?? [];
    expect(rows[0]).toEqual(['자산id', '제조사', '모델', '펌웨어', '공장', '구역', '안전중요도', '수명주기', '비고']);
    expect(rows.flat()).toContain("=cmd|' /C calc'!A1");
  });

  it('Spanish plant workbook: the inventory first, then its lookup lists; mixed number and text sub-categories', async () => {
    const workbook = await read('spanish-plant-inventory.xlsx');
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      'PLANTA_RED_V1', 'Fabricante', 'Categorias', 'SubCategoria_PLC', 'SubCategoria_HMI', 'SubCategoria_PERIFERIA', 'Areas', 'Areas_A010_', 'Areas_A020_',
    ]);
    const rows = workbook.sheets[0]?.rows ?? [];
    expect(rows).toHaveLength(16);
    expect(rows[0]).toHaveLength(25);
    expect(rows.slice(1, 3).map((r) => r[5])).toEqual([1500, 'Panel']);
  });

  it('ISO register: merged title and group headers read as their top-left cell, header on row 3, no data', async () => {
    const workbook = await read('iso-asset-register.xlsx');
    expect(shape(workbook)).toEqual([['Cover page', 0], ['Document Details', 6], ['Digital Asset', 3], ['Non-Digtal Assets', 3], ['People Asset', 3]]);
    const digital = workbook.sheets[2]?.rows ?? [];
    expect(digital[0]).toEqual(['DIGITAL ASSET REGISTER']);
    expect(digital[1]?.[0]).toBe('Digital Asset Details');
    expect(digital[1]?.[1]).toBeNull();
    expect(digital[1]?.[13]).toBe('Security Requirements');
    expect(digital[2]?.filter((h) => h === 'Asset Custodian')).toHaveLength(2);
  });

  it('home network: blank first header, row numbers past the data, a side table on the same rows', async () => {
    const rows = (await read('home-network.xlsx')).sheets[0]?.rows ?? [];
    expect(rows[0]).toEqual([null, 'Asset', 'Network access', 'Owner', 'Location', 'Notes', 'Sensitivity', null, 'Categories', 'Access designation']);
    expect(rows.slice(5)).toEqual([[5], [6]]);
  });

  it('Mac export: Mac Roman, CR only, blank headers, serials and US dates kept as the text they are', async () => {
    const workbook = await read('mac-export.csv');
    expect(workbook.csv).toEqual({ encoding: 'macintosh', delimiter: ',', lineEnding: 'cr' });
    const rows = workbook.sheets[0]?.rows ?? [];
    expect(rows[0]?.[4]).toBeNull();
    expect(rows[1]?.slice(10, 13)).toEqual(['6.37702E+15', 'MS-0001', 'Luts’k']);
    expect(rows[1]?.[15]).toBe('4/5/16');
    expect(rows.map((r) => r[0])).toContain('Jürgen Weiß');
    expect(rows[5]?.[12]).toBe('Berdyans’k');
  });

  it.each([
    ['utf8-bom.csv', { encoding: 'utf-8', delimiter: ',', lineEnding: 'lf' }, ['Name', 'Asset Tag', 'Category'], 'Works A,\nroof cabinet'],
    ['unicode-text.txt', { encoding: 'utf-16le', delimiter: '\t', lineEnding: 'crlf' }, ['Name', 'Type', 'Vendor'], '泵站控制器'],
    ['german-semicolon.csv', { encoding: 'windows-1252', delimiter: ';', lineEnding: 'crlf' }, ['Gerätename', 'IP-Adresse', 'Hersteller'], 'Schaltschrank „A“'],
  ])('%s: format detected, no BOM on the first header, text intact', async (name, csv, header, somewhere) => {
    const workbook = await read(name);
    expect(workbook.csv).toEqual(csv);
    expect(workbook.sheets[0]?.rows[0]?.slice(0, 3)).toEqual(header);
    expect(workbook.sheets[0]?.rows.flat()).toContain(somewhere);
  });
});

describe('readSpreadsheetBytes refuses what it cannot read, saying what is wrong', () => {
  it.each([
    ['empty.csv', 'The file is empty (0 bytes).'],
    ['encrypted.xlsx', 'This workbook is password-protected (encrypted) or an old .xls file: save it as .xlsx without a password and import again.'],
    ['pdf-renamed.xlsx', 'This is a PDF document, not a spreadsheet (xlsx or csv).'],
    ['truncated.xlsx', 'The file is damaged: its ZIP directory is missing or unreadable (the file may be cut short).'],
    ['not-a-workbook.xlsx', 'This ZIP archive is not an Excel workbook (it has no xl/workbook.xml), so it is not a spreadsheet (xlsx or csv).'],
    ['zip-bomb.xlsx', 'The workbook was not opened, as it may be a ZIP bomb (a file made to exhaust memory): xl/worksheets/sheet1.xml would expand to 3 GB (limit 1 GB).'],
    ['blank-sheets.xlsx', 'The workbook has no data: every sheet is empty.'],
  ])('%s', async (name, message) => {
    expect(await failure(read(name))).toBe(message);
  });

  it('refuses an absurdly compressed member before exceljs inflates it', async () => {
    const zip = zipSync({ 'xl/workbook.xml': new Uint8Array(10), 'xl/worksheets/sheet1.xml': new Uint8Array(4 * 1024 ** 2) }, { level: 9 });
    const limits = { ...XLSX_ZIP_LIMITS, maxCompressionRatio: 100 };
    expect(await failure(readSpreadsheetBytes(zip, 'x.xlsx', { zipLimits: limits }))).toMatch(
      /^The workbook was not opened, as it may be a ZIP bomb \(a file made to exhaust memory\): xl\/worksheets\/sheet1\.xml is compressed [\d,]+-fold \(limit 100\)\.$/,
    );
  });

  it.each([
    ['a PNG image', 'photo.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['binary data', 'data.csv', new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x00, 0x10, 0x11, 0x12])],
  ])('refuses %s', async (what, name, bytes) => {
    expect(await failure(readSpreadsheetBytes(bytes, name))).toMatch(/not a spreadsheet \(xlsx or csv\)/);
    expect(await failure(readSpreadsheetBytes(bytes, name))).toContain(what);
  });

  it('takes CSV only from .csv, .tsv and .txt files, and only when it is a table', async () => {
    const table = new TextEncoder().encode('Name,IP\nPLC,10.0.0.1\n');
    expect(await failure(readSpreadsheetBytes(table, 'assets.xlsx'))).toBe(
      'This is a text file, not an xlsx workbook. If it is a CSV export, give it the .csv extension and import again.',
    );
    expect((await readSpreadsheetBytes(table, 'ASSETS.TSV')).kind).toBe('csv');
    expect(await failure(readSpreadsheetBytes(new TextEncoder().encode('Dear team\nhere is the list\n'), 'notes.txt'))).toMatch(/^This text file is not a table/);
    expect(await failure(readSpreadsheetBytes(new TextEncoder().encode('\uFEFF\n ,\n\n'), 'blank.csv'))).toBe('The file has no data: every line is blank.');
  });

  it('names an OpenDocument spreadsheet as such', async () => {
    const ods = zipSync({ mimetype: new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': new Uint8Array(1) });
    expect(await failure(readSpreadsheetBytes(ods, 'plant.ods'))).toBe('This is an OpenDocument file (.ods), not an xlsx workbook: save it as .xlsx and import again.');
  });
});

describe('readXlsx cells, order and cancelling', () => {
  async function workbookWith(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    build(workbook);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('hands over dates as Date, rich text and hyperlinks as text, formulas as their cached result, errors as codes', async () => {
    const bytes = await workbookWith((workbook) => {
      const sheet = workbook.addWorksheet('Cells');
      sheet.addRow(['Installed', 'Name', 'Manual', 'Next check', 'Ports', 'Status', 'Lookup']);
      const row = sheet.addRow([
        new Date(Date.UTC(2021, 3, 12)),
        { richText: [{ text: 'PLC ', font: { bold: true } }, { text: 'north' }] },
        { text: 'manual.pdf', hyperlink: 'https://example.invalid/manual.pdf' },
        { formula: 'A2+365', result: 44663 },
        { formula: '2+2', result: 4 },
        { error: '#N/A' },
        { formula: 'VLOOKUP(1,Z1:Z2,2)', result: { error: '#N/A' } },
      ]);
      row.getCell(1).numFmt = 'yyyy-mm-dd';
      row.getCell(4).numFmt = 'dd/mm/yyyy';
    });
    const rows = (await readSpreadsheetBytes(bytes, 'cells.xlsx')).sheets[0]?.rows ?? [];
    // The formula's cached error is lost by the streaming reader: blank, so the row ends at the plain error cell.
    const expected: Cell[] = [new Date(Date.UTC(2021, 3, 12)), 'PLC north', 'manual.pdf', new Date(Date.UTC(2022, 3, 12)), 4, '#N/A'];
    expect(rows[1]).toEqual(expected);
  });

  it('lists sheets in tab order even when the ZIP holds them in another', async () => {
    const original = await workbookWith((workbook) => {
      for (const name of ['First', 'Second', 'Third']) workbook.addWorksheet(name).addRow([name, 'x']);
    });
    // Moving tabs in Excel reorders <sheet> elements in workbook.xml; the sheet files keep their names.
    const moved = repack(original, (files) => {
      const xml = new TextDecoder().decode(files['xl/workbook.xml']);
      const sheets = xml.match(/<sheet [^>]*\/>/g) ?? [];
      files['xl/workbook.xml'] = new TextEncoder().encode(xml.replace(sheets.join(''), [sheets[2], sheets[0], sheets[1]].join('')));
    });
    expect(unzipSync(moved)['xl/workbook.xml']).toBeDefined();
    expect((await readSpreadsheetBytes(moved, 'moved.xlsx')).sheets.map((s) => [s.name, s.rows[0]?.[0]])).toEqual([
      ['Third', 'Third'],
      ['First', 'First'],
      ['Second', 'Second'],
    ]);
  });

  it('refuses a row number past Excel’s last row as damage', async () => {
    const forged = repack(await workbookWith((workbook) => workbook.addWorksheet('Assets').addRow(['Name'])), (files) => {
      const xml = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
      files['xl/worksheets/sheet1.xml'] = new TextEncoder().encode(xml.replace('<row r="1"', '<row r="999999999"').replace('r="A1"', 'r="A999999999"'));
    });
    expect(await failure(readSpreadsheetBytes(forged, 'forged.xlsx'))).toBe(
      "The workbook is damaged: its sheets could not be read (row number 999999999 is past Excel's last row, 1048576).",
    );
  });

  it('reports rows read while parsing and stops when the signal fires', async () => {
    const bytes = await workbookWith((workbook) => {
      const sheet = workbook.addWorksheet('Big');
      for (let i = 0; i < 5_000; i++) sheet.addRow([`Device ${i}`, i]);
    });
    const seen: number[] = [];
    const done = await readSpreadsheetBytes(bytes, 'big.xlsx', { onRows: (n) => seen.push(n) });
    expect(done.sheets[0]?.rows).toHaveLength(5_000);
    expect(seen).toEqual([1000, 2000, 3000, 4000, 5000, 5000]);

    const controller = new AbortController();
    const stopped = readSpreadsheetBytes(bytes, 'big.xlsx', { signal: controller.signal, onRows: (n) => n >= 2000 && controller.abort() });
    await expect(stopped).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('readSpreadsheetFileBytes (in main) and parseSpreadsheet (in the worker)', () => {
  it('reads the bytes, then parses them reporting the rows read', async () => {
    const { bytes, fileName } = await readSpreadsheetFileBytes(createNodeFileSystem(), join(FIXTURES, 'dffm-assets.csv'));
    expect([fileName, bytes.byteLength]).toEqual(['dffm-assets.csv', 4107]);
    const rowsRead: number[] = [];
    const workbook = await parseSpreadsheet(bytes, fileName, { onRows: (n) => rowsRead.push(n) });
    expect(workbook.sheets[0]?.rows).toHaveLength(18);
    expect(rowsRead).toEqual([18]);
  });

  it('refuses a file over the size limit before reading a byte, stating the limit', async () => {
    const fs: FileSystem = {
      fileSize: async () => MAX_SPREADSHEET_BYTES + 1,
      readFile: async () => {
        throw new Error('must not be read');
      },
      writeFileAtomic: async () => undefined,
    };
    const error = await readSpreadsheetFileBytes(fs, '/data/huge.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error).toMatchObject({ code: 'bad-file', message: expect.stringMatching(/^“huge\.xlsx” is 200 MB; spreadsheets larger than 200 MB cannot be imported\./) });
  });

  it('names the file in every refusal, and says when the disk failed', async () => {
    await expect(parseSpreadsheet(fixture('encrypted.xlsx'), 'encrypted.xlsx')).rejects.toMatchObject({
      code: 'bad-file',
      message: expect.stringMatching(/^“encrypted\.xlsx”: This workbook is password-protected/),
    });
    await expect(readSpreadsheetFileBytes(createNodeFileSystem(), join(FIXTURES, 'missing.csv'))).rejects.toMatchObject({
      code: 'io',
      message: 'Could not read “missing.csv”: no such file or folder.',
    });
  });
});
