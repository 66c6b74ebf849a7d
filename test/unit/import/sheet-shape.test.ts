import { describe, expect, it } from 'vitest';
import { analyseSheet, importRows, proposeSheet, type Cell } from '../../../shared/import';
import { sheetKind } from '../../../shared/import/sheet-kind';

const grid = (rows: Cell[][], name = 'S') => ({ name, rows });

describe('rows under the table', () => {
  const rows: Cell[][] = [
    ['Tag', 'IP', 'Qty'],
    ['Total station TS-1', '10.0.0.1', 1],
    ['PLC-01', '10.0.0.2', 1],
    ['Total station TS-9', '10.0.0.3', 1],
    ['Total', null, 2],
    ['Source: https://example.org/plant-list', null, null],
    ['https://example.org/more', null, null],
  ];

  it('leaves out a trailing totals line, a note and a link, with the reason, but keeps a device named "Total …"', () => {
    const analysis = analyseSheet(grid(rows));
    expect(analysis.dataRowCount).toBe(3);
    expect(analysis.skippedRows).toEqual([
      { row: 5, reason: 'a totals line (“Total”)' },
      { row: 6, reason: 'a note under the table (“Source: https://example.org/plant-list”)' },
      { row: 7, reason: 'a link under the table, not a device' },
    ]);
    const { rows: imported, total } = importRows(grid(rows), 0, { 0: 'name', 1: 'ipAddresses' }, { file: 'f.xlsx' });
    expect(total).toBe(3);
    expect(imported.map((r) => r.asset.name)).toEqual(['Total station TS-1', 'PLC-01', 'Total station TS-9']);
  });

  it('reads totals words in other languages', () => {
    for (const word of ['Summe', 'Gesamt: 14', 'TOTAL GENERAL', 'Totaal', 'Razem', 'Celkem', '合计', '合計']) {
      expect(analyseSheet(grid([['Tag', 'Qty'], ['P-1', 1], [word, 1]])).skippedRows, word).toHaveLength(1);
    }
  });
});

describe('what the sheet is', () => {
  it('names an I/O list, a cable list, a user list and a revision log by their headers', () => {
    expect(sheetKind(['Tag', 'Signal description', 'I/O type', 'PLC address', 'Eng units', 'Range min', 'Range max'])).toMatchObject({
      kind: 'signals',
      label: 'an I/O or signal list',
      evidence: ['Signal description', 'I/O type', 'PLC address', 'Eng units', 'Range min', 'Range max'],
    });
    expect(sheetKind(['Cable No', 'From', 'To', 'Cores', 'Length'])?.kind).toBe('cables');
    expect(sheetKind(['Username', 'First name', 'Last name', 'Email', 'Role', 'Last logon'])?.kind).toBe('users');
    expect(sheetKind(['Rev', 'Date', 'Author', 'Description of change'])?.kind).toBe('revisions');
  });

  it('leaves an asset register alone though it has a date, a role or an address column', () => {
    expect(sheetKind(['Name', 'IP address', 'MAC address', 'Vendor', 'Model', 'Role', 'Date', 'Address'])).toBeNull();
    expect(sheetKind(['Asset', 'Firmware', 'Serial', 'Owner'])).toBeNull();
  });

  it('proposes the device sheet over a longer signal list in the same workbook', () => {
    const signals: Cell[][] = [['Tag', 'Signal', 'I/O type', 'Channel', 'Data type', 'Unit']];
    for (let i = 0; i < 300; i++) signals.push([`FT-${i}`, `Flow ${i}`, 'AI', i % 16, 'REAL', 'm3/h']);
    const devices: Cell[][] = [['Device', 'Vendor', 'IP address'], ['PLC-1', 'Kestrel', '10.0.0.1'], ['HMI-1', 'Kestrel', '10.0.0.2']];
    const workbook = { fileName: 'plant.xlsx', kind: 'xlsx' as const, sheets: [grid(signals, 'IO list'), grid(devices, 'Devices')] };
    expect(proposeSheet(workbook).sheet).toBe('Devices');
    expect(analyseSheet(grid(signals, 'IO list')).looksLike?.kind).toBe('signals');
  });
});
