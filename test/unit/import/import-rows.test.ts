import { describe, expect, it } from 'vitest';
import { assetContentSchema, type AssetField } from '../../../shared/assets/asset';
import { importRows, mappingNamesRows, type Cell, type ColumnMapping, type SheetGrid } from '../../../shared/import';

const FILE = { file: 'plant.xlsx' };
const grid = (rows: Cell[][], name = 'Assets'): SheetGrid => ({ name, rows });
/** A one-row import with columns mapped in order to `fields`. */
function one(fields: AssetField[], values: Cell[], headers = fields.map(String)) {
  const mapping: ColumnMapping = Object.fromEntries(fields.map((f, i) => [i, f]));
  const { rows } = importRows(grid([headers, values]), 0, mapping, FILE);
  const row = rows[0];
  if (!row) throw new Error('no row');
  return row;
}

describe('rows and paging', () => {
  const rows: Cell[][] = [
    ['Inventory', null],
    ['Name', 'IP'],
    ['a', '10.0.0.1'],
    [null, null],
    ['b', '10.0.0.2'],
    ['c', null],
    ['   ', ''],
    ['d', '10.0.0.4'],
  ];

  it('numbers rows as the sheet does and skips blank rows', () => {
    const { rows: out, total } = importRows(grid(rows), 1, { 0: 'name', 1: 'ipAddresses' }, FILE);
    expect(total).toBe(4);
    expect(out.map((r) => [r.row, r.asset.name])).toEqual([
      [3, 'a'],
      [5, 'b'],
      [6, 'c'],
      [8, 'd'],
    ]);
    expect(out[0]?.asset.source).toEqual({ file: 'plant.xlsx', sheet: 'Assets', row: 3 });
  });

  it('pages with offset and limit over data rows', () => {
    const page = importRows(grid(rows), 1, { 0: 'name' }, FILE, { offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.row)).toEqual([5, 6]);
    expect(importRows(grid(rows), 1, { 0: 'name' }, FILE, { offset: 10, limit: 5 }).rows).toEqual([]);
    expect(importRows(grid(rows), 1, { 0: 'name' }, FILE, { offset: -3, limit: 1 }).rows.map((r) => r.row)).toEqual([3]);
  });

  it('ignores mapping entries that are not fields or columns', () => {
    const mapping = { 0: 'name', 1: 'colour', [-1]: 'vendor' } as unknown as ColumnMapping;
    const { rows: out } = importRows(grid(rows), 1, mapping, FILE);
    expect(out[0]?.asset).toMatchObject({ name: 'a', vendor: '', ipAddresses: [] });
  });
});

describe('names', () => {
  it('rejects a row whose name cell is empty or a placeholder, naming the column', () => {
    const { rows } = importRows(grid([['Tag', 'IP'], [null, '10.0.0.1'], ['N/A', '10.0.0.2'], ['ok', '10.0.0.3']]), 0, { 0: 'name', 1: 'ipAddresses' }, FILE);
    expect(rows.map((r) => r.rejected)).toEqual([true, true, false]);
    expect(rows[0]?.issues).toEqual([{ row: 2, column: 1, columnName: 'Tag', severity: 'error', message: 'Tag is empty: a row needs a name, so it was not imported.' }]);
  });

  it('names an asset after its hostname or IP when no column is mapped to Name, and says so', () => {
    const { rows } = importRows(
      grid([['Host', 'Address'], ['srv-hist-01', '10.0.0.5'], [null, '10.0.0.6, 10.0.0.7'], [null, 'bad']]),
      0,
      { 0: 'hostname', 1: 'ipAddresses' },
      FILE,
    );
    expect(rows.map((r) => [r.asset.name, r.rejected])).toEqual([
      ['srv-hist-01', false],
      ['10.0.0.6', false],
      ['', true],
    ]);
    expect(rows[0]?.issues).toContainEqual({
      row: 2,
      column: 1,
      columnName: 'Host',
      severity: 'info',
      message: 'No column is mapped to Name: the asset is named after its hostname "srv-hist-01".',
    });
    expect(rows[1]?.issues).toContainEqual(expect.objectContaining({ column: 2, severity: 'info', message: 'No column is mapped to Name: the asset is named after its first IP address "10.0.0.6".' }));
    expect(rows[2]?.issues).toContainEqual({
      row: 4,
      column: null,
      severity: 'error',
      message: 'No column is mapped to Name and the row has no hostname or IP address to name it by, so it was not imported.',
    });
  });

  it('cuts an over-long name to the schema limit with a warning', () => {
    const row = one(['name'], ['x'.repeat(350)]);
    expect(row.asset.name).toHaveLength(300);
    expect(row.issues).toEqual([{ row: 2, column: 1, columnName: 'name', severity: 'warning', message: 'Name / tag is 350 characters long; it was cut to 300.' }]);
  });
});

describe('formula injection', () => {
  it.each(["=cmd|' /C calc'!A1", '+cmd|x', '-2+3+cmd|x', '@SUM(1+1)*cmd|x'])('keeps %j as text with a warning', (value) => {
    const row = one(['name', 'vendor'], ['dev-1', value]);
    expect(row.asset.vendor).toBe(value);
    expect(row.rejected).toBe(false);
    expect(row.issues).toEqual([
      {
        row: 2,
        column: 2,
        columnName: 'vendor',
        severity: 'warning',
        message: `"${value}" starts with "${value[0]}" and could run as a formula if this data is opened in a spreadsheet; it was kept as plain text.`,
      },
    ]);
  });

  it.each(['-5', '+49 89 1234', '-'])('leaves %j alone', (value) => {
    expect(one(['name', 'notes'], ['dev-1', value]).issues).toEqual([]);
  });
});

describe('values', () => {
  it('normalises every kind of field', () => {
    const row = one(
      ['name', 'assetType', 'ipAddresses', 'macAddresses', 'ports', 'protocols', 'purdueLevel', 'criticality', 'lifecycle', 'remoteAccess', 'notes'],
      ['  PLC   01 ', 'SPS', '10.0.0.1; 10.0.0.2', '00-1B-1B-60-D2-E9', 502, 'Modbus TCP, S7comm', 'L1', 'Hoch', 'In Betrieb', true, 'line 1\n\nline 2'],
    );
    expect(row.asset).toMatchObject({
      name: 'PLC 01',
      assetType: 'plc',
      ipAddresses: ['10.0.0.1', '10.0.0.2'],
      macAddresses: ['00:1b:1b:60:d2:e9'],
      ports: [502],
      protocols: ['Modbus TCP', 'S7comm'],
      purdueLevel: '1',
      criticality: 'high',
      lifecycle: 'in-service',
      remoteAccess: true,
      notes: 'line 1\n\nline 2',
    });
    expect(row.issues).toEqual([]);
    expect(() => assetContentSchema.parse(row.asset)).not.toThrow();
  });

  it('reads numbers in scale columns', () => {
    expect(one(['name', 'criticality', 'purdueLevel', 'remoteAccess'], ['p', 4, 3.5, 0]).asset).toMatchObject({ criticality: 'critical', purdueLevel: '3.5', remoteAccess: false });
  });

  it('warns about values it cannot read and leaves them empty', () => {
    const row = one(
      ['name', 'criticality', 'lifecycle', 'purdueLevel', 'remoteAccess', 'ipAddresses', 'macAddresses', 'ports'],
      ['p', 'Severe-ish', 'Lost', 'Level 9', 'maybe', '10.0.0.300', 'zz:zz', '443/tcp, http'],
      ['Name', 'Crit', 'State', 'Level', 'Remote', 'IP', 'MAC', 'Ports'],
    );
    expect(row.rejected).toBe(false);
    expect(row.asset).toMatchObject({ criticality: null, lifecycle: null, purdueLevel: null, remoteAccess: null, ipAddresses: [], macAddresses: [], ports: [443] });
    expect(row.issues.map((i) => [i.column, i.columnName, i.severity, i.message])).toEqual([
      [2, 'Crit', 'warning', 'Criticality "Severe-ish" is not on the scale (low, medium, high, critical); left empty. The cell is kept as the extra attribute “Crit”.'],
      [3, 'State', 'warning', 'Lifecycle "Lost" is not a known status (In service, Spare, End of support, End of life, Decommissioned, Planned); left empty. The cell is kept as the extra attribute “State”.'],
      [4, 'Level', 'warning', 'Purdue level "Level 9" is not a Purdue level (0, 1, 2, 3, 3.5, 4, 5); left empty. The cell is kept as the extra attribute “Level”.'],
      [5, 'Remote', 'warning', 'Remote access "maybe" is not yes or no; left empty. The cell is kept as the extra attribute “Remote”.'],
      [6, 'IP', 'warning', '"10.0.0.300" is not a valid IP address; it was left out. The cell is kept as the extra attribute “IP”.'],
      [7, 'MAC', 'warning', '"zz:zz" is not a valid MAC address; it was left out. The cell is kept as the extra attribute “MAC”.'],
      [8, 'Ports', 'warning', '"http" is not a port; it was left out.'],
    ]);
    // Nothing the file wrote is lost: what no field could take stays on the asset under its header.
    expect(row.asset.attributes).toEqual([
      { label: 'Crit', value: 'Severe-ish' },
      { label: 'State', value: 'Lost' },
      { label: 'Level', value: 'Level 9' },
      { label: 'Remote', value: 'maybe' },
      { label: 'IP', value: '10.0.0.300' },
      { label: 'MAC', value: 'zz:zz' },
    ]);
  });

  it('treats placeholders as empty, without issues', () => {
    const row = one(['name', 'firmware', 'criticality', 'ipAddresses', 'assetType'], ['p', 'N/D', '-', 'n/a', 'Unknown']);
    expect(row.asset).toMatchObject({ firmware: '', criticality: null, ipAddresses: [], assetType: null });
    expect(row.issues).toEqual([]);
  });

  it('writes long numbers in identifier columns in full, warning when Excel may have rounded them', () => {
    const row = one(['name', 'serialNumber', 'model'], [1234, 6.37702e15, 1200]);
    expect(row.asset).toMatchObject({ name: '1234', serialNumber: '6377020000000000', model: '1200' });
    expect(row.issues).toHaveLength(1);
    expect(row.issues[0]).toMatchObject({ column: 2, severity: 'warning' });
    expect(row.issues[0]?.message).toMatch(/^Serial number arrived as the number 6377020000000000: Excel keeps only 15 significant digits/);
  });

  it('renders dates as ISO dates, reads serials in a date column, and doubts dates in a firmware column', () => {
    const d = new Date(Date.UTC(2026, 2, 19));
    const rows: Cell[][] = [
      ['Name', 'Installed', 'Firmware'],
      ['a', d, new Date(Date.UTC(2001, 1, 1))],
      ['b', 46100, '1.2'],
      ['c', d, null],
    ];
    const { rows: out } = importRows(grid(rows), 0, { 0: 'name', 1: 'notes', 2: 'firmware' }, FILE);
    expect(out.map((r) => r.asset.notes)).toEqual(['2026-03-19', '2026-03-19', '2026-03-19']);
    expect(out.map((r) => r.asset.firmware)).toEqual(['2001-02-01', '1.2', '']);
    expect(out[0]?.issues).toEqual([
      { row: 2, column: 3, columnName: 'Firmware', severity: 'warning', message: 'Firmware arrived as the date 2001-02-01: Excel may have turned a version or code into a date. Check it.' },
    ]);
    // A number in a column that is not mostly dates stays a number.
    expect(one(['name', 'firmware'], ['x', 46100]).asset.firmware).toBe('46100');
  });

  it('merges lists, joins free text with the header as a label, and keeps a second identifier as an attribute', () => {
    const rows: Cell[][] = [
      ['Name', 'IP 1', 'IP 2', 'Vendor', 'Maker', 'Note A', 'Note B'],
      ['dev-1', '10.0.0.1', '10.0.0.2, 10.0.0.1', 'Siemens', 'Siemens AG', 'first', 'second'],
    ];
    const mapping: ColumnMapping = { 0: 'name', 1: 'ipAddresses', 2: 'ipAddresses', 3: 'vendor', 4: 'vendor', 5: 'notes', 6: 'notes' };
    const [row] = importRows(grid(rows), 0, mapping, FILE).rows;
    expect(row?.asset).toMatchObject({ ipAddresses: ['10.0.0.1', '10.0.0.2'], vendor: 'Siemens', notes: 'first\nNote B: second', attributes: [{ label: 'Maker', value: 'Siemens AG' }] });
    expect(row?.issues).toEqual([
      { row: 2, column: 5, columnName: 'Maker', severity: 'info', message: 'Vendor was already read from another column; "Siemens AG" is kept as the extra attribute “Maker”.' },
    ]);
  });
});

describe('asset type', () => {
  it('warns on an unknown type, then infers one from the model with an info note', () => {
    const row = one(['name', 'assetType', 'model'], ['Pump 3', 'Gadget', 'SINAMICS G120C'], ['Tag', 'Kind', 'Model']);
    expect(row.asset.assetType).toBe('drive');
    expect(row.issues).toEqual([
      { row: 2, column: 2, columnName: 'Kind', severity: 'warning', message: 'Type "Gadget" is not a known asset type. The cell is kept as the extra attribute “Kind”.' },
      { row: 2, column: 3, columnName: 'Model', severity: 'info', message: 'Type set to "Drive / VFD", inferred from model "SINAMICS G120C". Check it.' },
    ]);
  });

  it('infers a type when the sheet has no type column, from model before name', () => {
    expect(one(['name', 'model'], ['PC_A070', 'S7-1500']).asset.assetType).toBe('plc');
    expect(one(['name', 'vendor'], ['Remote box', 'Secomea']).asset.assetType).toBe('vpn-server');
    const row = one(['name'], ['Lab kettle']);
    expect(row.asset.assetType).toBeNull();
    expect(row.issues).toEqual([]);
  });

  it('keeps a given type without inferring', () => {
    const row = one(['name', 'assetType', 'model'], ['x', 'Switch', 'S7-1500']);
    expect(row.asset.assetType).toBe('switch');
    expect(row.issues).toEqual([]);
  });
});

describe('odd input', () => {
  it('never throws and always gives valid content or a rejection', () => {
    const odd: Cell[] = [null, '', ' ', 0, -1, 1e300, Number.NaN, Number.POSITIVE_INFINITY, true, false, new Date(Number.NaN), new Date(0), '=1+1', '\u0000', '\uFEFF', 'ü'.repeat(3000), '1e999', '::', '/', ',,,', '(', '()', '%', '0x0034'];
    const fields: AssetField[] = ['name', 'assetType', 'vendor', 'model', 'firmware', 'os', 'serialNumber', 'ipAddresses', 'macAddresses', 'hostname', 'protocols', 'ports', 'purdueLevel', 'zone', 'location', 'criticality', 'owner', 'lifecycle', 'remoteAccess', 'notes'];
    const rows: Cell[][] = [fields.map(String)];
    for (let r = 0; r < 120; r += 1) rows.push(fields.map((_, c) => odd[(r * 7 + c * 3) % odd.length] ?? null).slice(0, 1 + (r % fields.length)));
    const mapping: ColumnMapping = Object.fromEntries(fields.map((f, i) => [i, f]));
    const { rows: out, total } = importRows(grid(rows), 0, mapping, FILE);
    expect(out).toHaveLength(total);
    for (const row of out) {
      if (!row.rejected) expect(() => assetContentSchema.parse(row.asset)).not.toThrow();
      for (const issue of row.issues) {
        expect(issue.row).toBe(row.row);
        expect(issue.message.length).toBeGreaterThan(10);
        if (issue.column !== null) expect(issue.columnName).toBe(fields[issue.column - 1]);
      }
    }
  });

  it('copes with a header row past the end of the grid and an empty mapping', () => {
    expect(importRows(grid([['a']]), 5, {}, FILE)).toEqual({ rows: [], total: 0 });
    const { rows } = importRows(grid([['Name'], ['x']]), 0, {}, FILE);
    expect(rows[0]?.rejected).toBe(true);
  });
});

describe('columns no field is mapped to', () => {
  it('keeps every unmapped column on the asset under its header, in the file’s order, dates as ISO dates', () => {
    const rows: Cell[][] = [
      ['Tag', 'Rack', 'Last service', 'Backup', '', 'Qty'],
      ['PDU-A1', 'R01', new Date(Date.UTC(2026, 2, 14)), 'n/a', 'spare fuse', 2],
      ['PDU-A2', null, null, 'weekly\nconfig', null, null],
    ];
    const { rows: out } = importRows(grid(rows), 0, { 0: 'name' }, FILE);
    expect(out.map((r) => r.asset.attributes)).toEqual([
      [
        { label: 'Rack', value: 'R01' },
        { label: 'Last service', value: '2026-03-14' },
        { label: 'Backup', value: 'n/a' },
        { label: 'Column E', value: 'spare fuse' },
        { label: 'Qty', value: '2' },
      ],
      [{ label: 'Backup', value: 'weekly\nconfig' }],
    ]);
    expect(out.flatMap((r) => r.issues)).toEqual([]);
    for (const r of out) expect(assetContentSchema.safeParse(r.asset).success).toBe(true);
  });

  it('never copies a column of passwords, PINs or SNMP communities, in any of several languages', () => {
    const rows: Cell[][] = [
      ['Name', 'Admin Password', 'Passwort', 'Mot de passe', 'SNMP community', 'パスワード', 'Password policy note', 'Owner'],
      ['plc-1', 'hunter2', 'geheim', 'secret', 'public', 'abc', 'rotated yearly', 'Ops'],
    ];
    const [row] = importRows(grid(rows), 0, { 0: 'name' }, FILE).rows;
    expect(row?.asset.attributes).toEqual([{ label: 'Owner', value: 'Ops' }]);
    expect(JSON.stringify(row)).not.toMatch(/hunter2|geheim|public|abc|rotated/);
  });

  it('labels a header written twice by its column letter, and cuts a value past the limit with a warning', () => {
    const long = 'x'.repeat(2100);
    const rows: Cell[][] = [
      ['Name', 'Custodian', 'Custodian', 'Remarks'],
      ['a', 'Ana', 'Jo', long],
    ];
    const [row] = importRows(grid(rows), 0, { 0: 'name' }, FILE).rows;
    expect(row?.asset.attributes?.map((a) => [a.label, a.value.length])).toEqual([
      ['Custodian', 3],
      ['Custodian (column C)', 2],
      ['Remarks', 2000],
    ]);
    expect(row?.issues).toEqual([{ row: 2, column: 4, columnName: 'Remarks', severity: 'warning', message: '“Remarks” is 2100 characters long; it was cut to 2000.' }]);
  });
});

describe('extra attributes at their limits', () => {
  it('keeps 300 extra columns a row and says once which were not kept', () => {
    const width = 320;
    const headers = ['Name', ...Array.from({ length: width }, (_, i) => `Col ${i}`)];
    const values = ['a', ...Array.from({ length: width }, (_, i) => (i === 310 ? null : `v${i}`))];
    const [row] = importRows(grid([headers, values]), 0, { 0: 'name' }, FILE).rows;
    expect(row?.asset.attributes).toHaveLength(300);
    expect(row?.asset.attributes?.at(-1)).toEqual({ label: 'Col 299', value: 'v299' });
    expect(row?.issues).toEqual([
      {
        row: 2,
        column: 302,
        columnName: 'Col 300',
        severity: 'warning',
        message: '“Col 300” was not kept: an asset keeps at most 300 extra attributes. 18 more columns were not kept either.',
      },
    ]);
    expect(assetContentSchema.safeParse(row?.asset).success).toBe(true);
  });

  it('cuts a header longer than a label may be, also when a mapped value is kept under it', () => {
    const long = `Remarks ${'x'.repeat(280)}`;
    const rows: Cell[][] = [
      ['Name', long, long, `Type ${'y'.repeat(280)}`],
      ['a', 'one', 'two', 'Gadget'],
    ];
    const [row] = importRows(grid(rows), 0, { 0: 'name', 3: 'assetType' }, FILE).rows;
    expect(row?.asset.attributes?.map((a) => a.label.length)).toEqual([200, 200, 195]);
    expect(row?.asset.attributes?.[2]?.label).toMatch(/ \(column C\)$/);
    expect(assetContentSchema.safeParse(row?.asset).success).toBe(true);
  });
});

describe('rows without a name column', () => {
  it('can be named by a hostname or IP column, and a mapping says so', () => {
    expect(mappingNamesRows({ 0: 'vendor' })).toBe(false);
    expect(mappingNamesRows({ 0: 'vendor', 1: 'hostname' })).toBe(true);
    expect(mappingNamesRows({ 1: 'ipAddresses' })).toBe(true);
    const rows: Cell[][] = [
      ['Host', 'IP', 'Vendor'],
      ['scada-01', '10.0.0.1', 'Kestrel'],
      [null, '10.0.0.2', 'Kestrel'],
      [null, null, 'Kestrel'],
    ];
    const { rows: out } = importRows(grid(rows), 0, { 0: 'hostname', 1: 'ipAddresses', 2: 'vendor' }, FILE);
    expect(out.map((r) => [r.asset.name, r.rejected])).toEqual([
      ['scada-01', false],
      ['10.0.0.2', false],
      ['', true],
    ]);
  });
});
