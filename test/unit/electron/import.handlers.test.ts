import { unpackRows } from '../../../shared/import/packed-rows';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileDialogOptions, FileSystem, MainContext } from '../../../electron/main/ipc/context';
import { handlers } from '../../../electron/main/ipc/handlers';
import { invokeHandler } from '../../../electron/main/ipc/invoke';
import { createNodeFileSystem } from '../../../electron/main/node-fs';
import type { AssetField } from '../../../shared/assets/asset';
import type { ApiName } from '../../../shared/ipc/channels';
import type { Request, Responses } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import type { ImportReport } from '../../../shared/import/report';
import { testMainContext } from '../../support/main-context';

const FIXTURES = join(__dirname, '../../fixtures/assets');
const SESSION = '6c1f6a43-8f0e-4c55-9a57-1d2b3c4d5e60';
const OTHER = ['7d2e7b54-9a1f-4d66-8b68-2e3c4d5e6f71', '8e3f8c65-ab20-4e77-9c79-3f4d5e6f7a82', '9f409d76-bc31-4f88-8d8a-405e6f7a8b93'];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csms-import-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function testContext(overrides: Partial<MainContext> = {}): MainContext {
  return testMainContext({ ...overrides });
}

/** Calls a channel as the renderer does: payload validated, UserFacingErrors returned as { ok: false }. */
function call<K extends ApiName>(ctx: MainContext, name: K, request: Request<K>): Promise<IpcResult<Responses[K]>> {
  return invokeHandler(handlers, name, request, ctx, (n, error) => {
    throw new Error(`bug in ${n}: ${String(error)}`);
  });
}

async function value<T>(result: Promise<IpcResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
  return settled.value;
}

/** A promise the test settles by hand, to hold a dialog or a disk read open. */
function gate<T>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const opening = (name: string) => testContext({ chooseOpenPath: async () => join(FIXTURES, name) });

describe('import wizard: open → analyse → rows → close', () => {
  it('reads every sheet, proposes the inventory and pages through its rows', async () => {
    const chooseOpenPath = vi.fn(async (_options: FileDialogOptions) => join(FIXTURES, 'dffm-asset-inventory.xlsx'));
    const ctx = testContext({ chooseOpenPath });
    const opened = await value(call(ctx, 'importOpenFile', { sessionId: SESSION }));
    expect(chooseOpenPath).toHaveBeenCalledWith({
      title: 'Import assets from a spreadsheet',
      filters: [
        { name: 'Spreadsheets', extensions: ['xlsx', 'csv', 'tsv', 'txt'] },
        { name: 'Excel workbook', extensions: ['xlsx'] },
        { name: 'CSV or text', extensions: ['csv', 'tsv', 'txt'] },
      ],
    });
    expect(opened).toEqual({
      status: 'opened',
      fileName: 'dffm-asset-inventory.xlsx',
      kind: 'xlsx',
      sizeBytes: 16167,
      sheets: [
        { name: 'Asset Inventory', rowCount: 18, score: expect.any(Number) },
        { name: 'Open Ports Detail', rowCount: 42, score: expect.any(Number) },
        { name: 'Vulnerability Summary', rowCount: 11, score: expect.any(Number) },
        { name: 'IEC 62443 Compliance', rowCount: 52, score: expect.any(Number) },
      ],
      proposedSheet: 'Asset Inventory',
    });
    expect(await value(call(ctx, 'importProgress', { sessionId: SESSION }))).toEqual({ phase: 'ready', rowsRead: 123, bytesTotal: 16167 });

    const analysis = await value(call(ctx, 'importAnalyse', { sessionId: SESSION, sheet: 'Asset Inventory' }));
    expect(analysis).toMatchObject({ sheet: 'Asset Inventory', headerRowIndex: 0, dataRowCount: 17 });
    expect(analysis.columns[0]).toMatchObject({ index: 0, header: 'ID Asset' });
    expect(analysis.mapping[0]).toBe('name');

    const mapping: Record<string, AssetField> = {};
    for (const [column, field] of Object.entries(analysis.mapping)) if (field) mapping[column] = field;
    const page = { sessionId: SESSION, sheet: 'Asset Inventory', headerRowIndex: 0, mapping };
    const first = await value(call(ctx, 'importRows', { ...page, offset: 0, limit: 5 }));
    expect(first.total).toBe(17);
    expect(first.rows).toMatchObject({ file: 'dffm-asset-inventory.xlsx', sheet: 'Asset Inventory' });
    const rows = unpackRows(first.rows);
    expect(rows.map((r) => [r.row, r.asset.name])).toEqual([[2, 'A-001'], [3, 'A-002'], [4, 'A-003'], [5, 'A-004'], [6, 'A-005']]);
    expect(rows[0]?.asset).toMatchObject({ ipAddresses: ['172.16.224.21'], source: { file: 'dffm-asset-inventory.xlsx', sheet: 'Asset Inventory', row: 2 } });
    expect(unpackRows((await value(call(ctx, 'importRows', { ...page, offset: 15, limit: 5 }))).rows).map((r) => r.row)).toEqual([17, 18]);

    expect(await value(call(ctx, 'importClose', { sessionId: SESSION }))).toEqual({ closed: true });
    expect(await value(call(ctx, 'importClose', { sessionId: SESSION }))).toEqual({ closed: false });
    expect(await call(ctx, 'importAnalyse', { sessionId: SESSION, sheet: 'Asset Inventory' })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'This import is no longer open (it was closed, or replaced by newer imports). Open the file again.' },
    });
  });

  it('describes a CSV: one sheet named after the file, with how it was decoded', async () => {
    const ctx = opening('german-semicolon.csv');
    expect(await value(call(ctx, 'importOpenFile', { sessionId: SESSION }))).toEqual({
      status: 'opened',
      fileName: 'german-semicolon.csv',
      kind: 'csv',
      sizeBytes: 443,
      sheets: [{ name: 'german-semicolon.csv', rowCount: 4, score: expect.any(Number) }],
      proposedSheet: 'german-semicolon.csv',
      csv: { encoding: 'windows-1252', delimiter: ';', lineEnding: 'crlf' },
    });
    const analysis = await value(call(ctx, 'importAnalyse', { sessionId: SESSION, sheet: 'german-semicolon.csv', headerRowIndex: 0 }));
    expect(analysis.columns.map((c) => c.header).slice(0, 3)).toEqual(['Gerätename', 'IP-Adresse', 'Hersteller']);
  });

  it('refuses unknown sheets, header rows past the end and malformed mappings, saying which', async () => {
    const ctx = opening('dffm-assets.csv');
    await value(call(ctx, 'importOpenFile', { sessionId: SESSION }));
    expect(await call(ctx, 'importAnalyse', { sessionId: SESSION, sheet: 'Nope' })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: '“dffm-assets.csv” has no sheet named “Nope”.' },
    });
    expect(await call(ctx, 'importAnalyse', { sessionId: SESSION, sheet: 'dffm-assets.csv', headerRowIndex: 18 })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Sheet “dffm-assets.csv” has 18 rows; row 19 cannot be its header.' },
    });
    const rows = await call(ctx, 'importRows', {
      sessionId: SESSION,
      sheet: 'dffm-assets.csv',
      headerRowIndex: 0,
      mapping: { '0': 'colour' } as never,
      offset: 0,
      limit: 10,
    });
    expect(rows).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/^Invalid importRows request at mapping\.0/) } });
    expect(await call(ctx, 'importProgress', { sessionId: OTHER[0] as string })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('keeps at most three workbooks: a fourth open drops the oldest', async () => {
    const ctx = opening('korean-assets.csv');
    for (const id of [SESSION, ...OTHER]) await value(call(ctx, 'importOpenFile', { sessionId: id }));
    expect(await call(ctx, 'importProgress', { sessionId: SESSION })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    for (const id of OTHER) expect(await value(call(ctx, 'importProgress', { sessionId: id }))).toMatchObject({ phase: 'ready' });
  });
});

describe('import progress and cancelling', () => {
  it('moves through choosing → reading → ready, with the size once known', async () => {
    const dialog = gate<string | null>();
    const disk = gate<void>();
    const real = createNodeFileSystem();
    const fs: FileSystem = { ...real, readFile: async (path) => (await disk.promise, real.readFile(path)) };
    const ctx = testContext({ chooseOpenPath: () => dialog.promise, fs });
    const progress = () => value(call(ctx, 'importProgress', { sessionId: SESSION }));

    const opened = value(call(ctx, 'importOpenFile', { sessionId: SESSION }));
    expect(await progress()).toEqual({ phase: 'choosing', rowsRead: 0, bytesTotal: 0 });
    dialog.open(join(FIXTURES, 'dffm-assets.csv'));
    await vi.waitFor(async () => expect(await progress()).toEqual({ phase: 'reading', rowsRead: 0, bytesTotal: 4107 }));
    disk.open();
    expect(await opened).toMatchObject({ status: 'opened' });
    expect(await progress()).toEqual({ phase: 'ready', rowsRead: 18, bytesTotal: 4107 });
  });

  it('cancels while the dialog is open: the chosen file is not read', async () => {
    const dialog = gate<string | null>();
    const readFile = vi.fn(createNodeFileSystem().readFile);
    const ctx = testContext({ chooseOpenPath: () => dialog.promise, fs: { ...createNodeFileSystem(), readFile } });
    const opened = value(call(ctx, 'importOpenFile', { sessionId: SESSION }));
    expect(await value(call(ctx, 'importCancel', { sessionId: SESSION }))).toEqual({ cancelled: true });
    dialog.open(join(FIXTURES, 'dffm-assets.csv'));
    expect(await opened).toEqual({ status: 'cancelled' });
    expect(readFile).not.toHaveBeenCalled();
    expect(await value(call(ctx, 'importProgress', { sessionId: SESSION }))).toMatchObject({ phase: 'cancelled' });
    expect(await call(ctx, 'importAnalyse', { sessionId: SESSION, sheet: 'dffm-assets.csv' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: 'The file of this import has not been read (yet): wait until it is ready.' },
    });
  });

  it('cancels while the file is read, and keeps nothing of it', async () => {
    const disk = gate<void>();
    const real = createNodeFileSystem();
    const fs: FileSystem = { ...real, readFile: async (path) => (await disk.promise, real.readFile(path)) };
    const ctx = testContext({ chooseOpenPath: async () => join(FIXTURES, 'dffm-asset-inventory.xlsx'), fs });
    const opened = value(call(ctx, 'importOpenFile', { sessionId: SESSION }));
    await vi.waitFor(async () => expect(await value(call(ctx, 'importProgress', { sessionId: SESSION }))).toMatchObject({ phase: 'reading' }));
    expect(await value(call(ctx, 'importCancel', { sessionId: SESSION }))).toEqual({ cancelled: true });
    disk.open();
    expect(await opened).toEqual({ status: 'cancelled' });
    expect(ctx.importSessions.get(SESSION)).toMatchObject({ reader: null, ready: false });
  });

  it('returns cancelled when the dialog is dismissed; nothing is left to cancel after that or once ready', async () => {
    const ctx = testContext();
    expect(await value(call(ctx, 'importOpenFile', { sessionId: SESSION }))).toEqual({ status: 'cancelled' });
    expect(await value(call(ctx, 'importCancel', { sessionId: SESSION }))).toEqual({ cancelled: false });
    expect(await value(call(ctx, 'importCancel', { sessionId: OTHER[0] as string }))).toEqual({ cancelled: false });
    const ready = opening('dffm-assets.csv');
    await value(call(ready, 'importOpenFile', { sessionId: SESSION }));
    expect(await value(call(ready, 'importCancel', { sessionId: SESSION }))).toEqual({ cancelled: false });
  });

  it('a bad file fails as bad-file naming it, and the session says failed', async () => {
    const ctx = opening('encrypted.xlsx');
    expect(await call(ctx, 'importOpenFile', { sessionId: SESSION })).toEqual({
      ok: false,
      error: {
        code: 'bad-file',
        message: '“encrypted.xlsx”: This workbook is password-protected (encrypted) or an old .xls file: save it as .xlsx without a password and import again.',
      },
    });
    expect(await value(call(ctx, 'importProgress', { sessionId: SESSION }))).toMatchObject({ phase: 'failed', bytesTotal: 4096 });
  });
});

describe('importSaveReport', () => {
  const report: ImportReport = {
    fileName: 'dffm-assets.csv',
    sheet: 'dffm-assets.csv',
    headerRow: 1,
    importedAt: '2026-11-22T16:10:00.000Z',
    counts: { rows: 4, imported: 1, merged: 1, skipped: 0, rejected: 2 },
    mapping: { ID: 'Name / tag', IP: 'IP addresses' },
    outcomes: [
      { row: 3, name: "=cmd|' /C calc'!A1", outcome: 'rejected', reason: 'Name is a formula' },
      { row: 4, name: '+SUM(A1)', outcome: 'merged', reason: '@ same MAC as A-001' },
      { row: 5, name: '', outcome: 'rejected', reason: '-no name' },
    ],
    issues: [
      { row: 3, column: 1, columnName: 'ID', severity: 'error', message: 'Name is missing.' },
      { row: 5, column: null, severity: 'warning', message: '\tTab first' },
    ],
  };

  /** What openpyxl (Debian's, an independent reader) sees in the saved workbook. */
  function readBack(path: string) {
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    cells = list(ws.iter_rows())
    out[ws.title] = {
        'values': [[c.value.isoformat() if hasattr(c.value, 'isoformat') else c.value for c in row] for row in cells],
        'types': [[c.data_type for c in row] for row in cells],
        'formats': [[c.number_format for c in row] for row in cells],
        'bold': [bool(c.font.b) for c in cells[0]],
        'freeze': ws.freeze_panes,
        'filter': ws.auto_filter.ref,
    }
print(json.dumps(out))`;
    return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' }));
  }

  it('writes Summary, Mapping, Rows and Issues that openpyxl reads back, formula-like text kept as text', async () => {
    const chooseSavePath = vi.fn(async (_options: FileDialogOptions) => join(dir, 'report.xlsx'));
    const saved = await value(call(testContext({ chooseSavePath }), 'importSaveReport', { report }));
    expect(chooseSavePath).toHaveBeenCalledWith({
      title: 'Save import report',
      defaultFileName: 'dffm-assets import report.xlsx',
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    });
    expect(saved).toMatchObject({ status: 'saved', path: join(dir, 'report.xlsx'), fileName: 'report.xlsx' });
    expect(await readdir(dir)).toEqual(['report.xlsx']);

    const book = readBack(join(dir, 'report.xlsx'));
    expect(Object.keys(book)).toEqual(['Summary', 'Mapping', 'Rows', 'Issues']);
    for (const sheet of Object.values(book) as { bold: boolean[]; freeze: string; filter: string }[]) {
      expect(sheet.bold.every(Boolean)).toBe(true);
      expect(sheet.freeze).toBe('A2');
    }
    const local = new Date(report.importedAt);
    const wallClock = new Date(local.getTime() - local.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
    expect(book.Summary.values).toEqual([
      ['Item', 'Value'],
      ['File', 'dffm-assets.csv'],
      ['Sheet', 'dffm-assets.csv'],
      ['Header row', 1],
      ['Data rows', 4],
      ['Imported', 1],
      ['Merged into existing assets', 1],
      ['Skipped', 0],
      ['Rejected', 2],
      ['Imported at', wallClock],
    ]);
    expect(book.Summary.filter).toBe('A1:B1');
    expect(book.Mapping.values).toEqual([['Column', 'Field'], ['ID', 'Name / tag'], ['IP', 'IP addresses']]);
    expect(book.Rows.values).toEqual([
      ['Row', 'Name', 'Outcome', 'Reason'],
      [3, "=cmd|' /C calc'!A1", 'rejected', 'Name is a formula'],
      [4, '+SUM(A1)', 'merged', '@ same MAC as A-001'],
      [5, null, 'rejected', '-no name'],
    ]);
    expect(book.Rows.types.slice(1).map((r: string[]) => r.slice(1, 4))).toEqual([['s', 's', 's'], ['s', 's', 's'], ['n', 's', 's']]);
    expect(book.Rows.formats[1][1]).toBe('@');
    expect(book.Rows.filter).toBe('A1:D1');
    expect(book.Issues.values).toEqual([
      ['Row', 'Column', 'Severity', 'Message'],
      [3, 'ID', 'error', 'Name is missing.'],
      [5, null, 'warning', '\tTab first'],
    ]);
  });

  it('writes nothing when the dialog is dismissed', async () => {
    expect(await value(call(testContext(), 'importSaveReport', { report }))).toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });
});
