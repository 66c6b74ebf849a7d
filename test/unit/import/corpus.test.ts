import { describe, expect, it } from 'vitest';
import { assetContentSchema } from '../../../shared/assets/asset';
import {
  analyseSheet,
  countDuplicateRows,
  inFileDuplicates,
  importRows,
  mappingByHeader,
  proposeSheet,
  type ImportedRow,
  type WorkbookGrid,
} from '../../../shared/import';
import { azrael, DFFM_ASSETS, DFFM_CSV, DFFM_XLSX, KAZENZI, KOREAN, SNIPE_BLANKS, SNIPE_SAMPLE, TRADEBE, UZORCYBER } from './corpus-grids';

/** What the wizard does with defaults: propose a sheet, analyse it, import every row with the proposed mapping. */
function importWorkbook(workbook: WorkbookGrid) {
  const proposal = proposeSheet(workbook);
  const grid = workbook.sheets.find((s) => s.name === proposal.sheet);
  if (!grid) throw new Error(`no sheet ${proposal.sheet}`);
  const analysis = analyseSheet(grid);
  const result = importRows(grid, analysis.headerRowIndex, analysis.mapping, { file: workbook.fileName });
  const accepted = result.rows.filter((r) => !r.rejected);
  return { proposal, grid, analysis, ...result, accepted, rejected: result.rows.filter((r) => r.rejected), byHeader: mappingByHeader(analysis.columns, analysis.mapping) };
}

const rowAt = (rows: ImportedRow[], row: number) => {
  const found = rows.find((r) => r.row === row);
  if (!found) throw new Error(`row ${row} not imported`);
  return found;
};

function expectValidContent(rows: ImportedRow[]) {
  for (const r of rows.filter((x) => !x.rejected)) expect(() => assetContentSchema.parse(r.asset)).not.toThrow();
}

describe('Tradebe: Spanish 25-column inventory among 23 one-column lookup lists', () => {
  const run = importWorkbook(TRADEBE);

  it('proposes the inventory sheet; lookup lists score low', () => {
    expect(run.proposal.sheet).toBe('TRADEBE_RED_V1');
    const { TRADEBE_RED_V1: inventory, ...lookups } = run.proposal.scores;
    expect(Object.keys(lookups)).toHaveLength(TRADEBE.sheets.length - 1);
    for (const score of Object.values(lookups)) expect(score).toBeLessThan((inventory ?? 0) / 5);
  });

  it('finds the header on row 1 and maps the Spanish headers', () => {
    expect(run.analysis.headerRowIndex).toBe(0);
    expect(run.analysis.dataRowCount).toBe(13);
    expect(run.byHeader).toEqual({
      Device: 'name',
      Area: 'location',
      Fabricante: 'vendor',
      Categoria: 'assetType',
      IP_Address: 'ipAddresses',
      MAC_Address: 'macAddresses',
      Article_Number: 'model',
      Serial_Number: 'serialNumber',
      Firmware: 'firmware',
      PROFINET_Name: 'hostname',
      Notas: 'notes',
    });
    // Gateway and Subnet hold IPs, but not the device's own: never mapped by content.
    expect(run.analysis.columns.find((c) => c.header === 'Gateway')?.proposed).toBeNull();
    expect(run.analysis.columns.find((c) => c.header === 'Categoria')?.proposed).toEqual({ field: 'assetType', by: 'header', score: 1 });
  });

  it('imports every row with normalised values', () => {
    expect(run.total).toBe(13);
    expect(run.accepted).toHaveLength(13);
    expectValidContent(run.rows);
    const plc = rowAt(run.rows, 3).asset;
    expect(plc).toMatchObject({
      name: 'A110_CRH_PLC',
      assetType: 'plc',
      vendor: 'Siemens',
      model: '6ES7 214-1AG40-0XB0',
      serialNumber: 'S C-FNSL2848',
      firmware: 'V04.06.00_00.00.00.00',
      ipAddresses: ['192.168.1.1'],
      macAddresses: ['28:63:36:92:5d:0e'],
      hostname: 'a110_crh_plc',
      location: 'A110_',
      notes: '110-QF-102 / CribaHidrocarbura HC',
      source: { file: 'INVENTARIO_TRADEBE_v1.3.xlsx', sheet: 'TRADEBE_RED_V1', row: 3 },
    });
    expect(rowAt(run.rows, 9).asset.name).toBe('A140_BIOSC_CE02'); // leading space trimmed
    expect(rowAt(run.rows, 5).asset.notes).toBe('110-QF-102 / 12.1" TFT Display / CribaHidrocarbura HC'); // double space collapsed
    const types = Object.fromEntries(run.rows.map((r) => [r.asset.name, r.asset.assetType]));
    expect(types).toMatchObject({ PC_REACTORES: 'ews', CRH_CE01: 'field-io', A110_CRH_UOP: 'hmi', A140_IBH: 'data-gateway', A070_CCP03_VF01: 'drive', '020_Switch2': 'switch' });
    const unmanagedSwitch = rowAt(run.rows, 14).asset;
    expect(unmanagedSwitch).toMatchObject({ ipAddresses: [], macAddresses: [], firmware: 'v1.0', serialNumber: 'A020_Switch2' });
    expect(run.rows.flatMap((r) => r.issues)).toEqual([]);
  });

  it('finds the duplicated GAV_CP01 (same MAC, IP and name) once', () => {
    const { groups, ignored } = inFileDuplicates(run.rows);
    expect(countDuplicateRows(groups)).toBe(1);
    expect(ignored).toEqual([]);
    expect(groups).toEqual([{ reason: 'mac', members: [{ kind: 'incoming', key: '6' }, { kind: 'incoming', key: '7' }], conflicts: [] }]);
  });
});

describe('DFFM: the same Italian inventory as xlsx and as csv', () => {
  const xlsx = importWorkbook(DFFM_XLSX);
  const csv = importWorkbook(DFFM_CSV);

  it('proposes Asset Inventory, not the ports, findings or compliance sheets', () => {
    expect(xlsx.proposal.sheet).toBe('Asset Inventory');
    const scores = xlsx.proposal.scores;
    expect(scores['Asset Inventory']).toBeGreaterThan(scores['Open Ports Detail'] ?? Infinity);
    expect(scores['Asset Inventory']).toBeGreaterThan(scores['IEC 62443 Compliance'] ?? Infinity);
    expect(scores['Asset Inventory']).toBeGreaterThan(scores['Vulnerability Summary'] ?? Infinity);
  });

  it('maps both header sets to the same fields', () => {
    const common = {
      IP: 'ipAddresses',
      Vendor: 'vendor',
      Modello: 'model',
      'Firmware/Version': 'firmware',
      Serial: 'serialNumber',
      'Porte Aperte': 'ports',
      'Protocolli OT': 'protocols',
      'Security Zone': 'zone',
      Criticita: 'criticality',
      Status: 'lifecycle',
      Note: 'notes',
    };
    expect(xlsx.byHeader).toEqual({ ...common, 'ID Asset': 'name', 'MAC Address': 'macAddresses', 'Tipo Device': 'assetType' });
    expect(csv.byHeader).toEqual({ ...common, ID: 'name', MAC: 'macAddresses', Tipo: 'assetType' });
    expect(Object.values(xlsx.analysis.mapping).sort()).toEqual(Object.values(csv.analysis.mapping).sort());
  });

  it('reads ports, protocols, letters for criticality and status text', () => {
    expect(xlsx.accepted).toHaveLength(17);
    expectValidContent(xlsx.rows);
    expect(rowAt(xlsx.rows, 2).asset).toMatchObject({
      name: 'A-001',
      assetType: 'plc',
      vendor: 'Omron Corporation',
      model: 'NJ501-1300',
      firmware: 'Rev 2.9',
      serialNumber: '0x01c5f556',
      ipAddresses: ['172.16.224.21'],
      macAddresses: ['3c:f7:d1:80:3a:8f'],
      ports: [443, 4840, 9600, 44818],
      protocols: ['EtherNet/IP', 'FINS', 'OPC-UA'],
      zone: 'Zone 1 - PLC Zone',
      criticality: 'high',
      lifecycle: 'in-service',
      notes: 'PLC Omron documentato',
    });
    expect(rowAt(xlsx.rows, 3).asset.lifecycle).toBe('in-service'); // "Running+MinorFault (0x0034)"
    expect(rowAt(xlsx.rows, 7).asset).toMatchObject({ assetType: 'hmi', criticality: 'medium', serialNumber: '', ports: [80] });
    expect(rowAt(xlsx.rows, 12).asset).toMatchObject({ assetType: 'plc', firmware: '', serialNumber: 'ID 02795' }); // "PLC/Bilancia", "N/D"
    expect(rowAt(xlsx.rows, 16).asset).toMatchObject({ assetType: 'ews', ports: [135, 139, 445, 902, 912, 161] });
    expect(rowAt(xlsx.rows, 17).asset.assetType).toBe('switch');
    expect(rowAt(xlsx.rows, 18).asset).toMatchObject({ assetType: 'vpn-server', lifecycle: 'in-service' });
    expect(xlsx.rows.flatMap((r) => r.issues)).toEqual([]);
  });

  it('gives the same assets from both exports; csv service names fill empty protocol lists', () => {
    expect(csv.accepted).toHaveLength(DFFM_ASSETS.length);
    for (const [i, fromCsv] of csv.rows.entries()) {
      const fromXlsx = xlsx.rows[i] as ImportedRow;
      const { source: _a, protocols: csvProtocols, ...csvRest } = fromCsv.asset;
      const { source: _b, protocols: xlsxProtocols, ...xlsxRest } = fromXlsx.asset;
      expect(csvRest).toEqual(xlsxRest);
      if (xlsxProtocols.length > 0) expect(csvProtocols).toEqual(xlsxProtocols);
    }
    expect(rowAt(csv.rows, 11).asset.protocols).toEqual(['SSH', 'LPD Printer']);
    expect(rowAt(xlsx.rows, 11).asset.protocols).toEqual([]);
    expect(rowAt(csv.rows, 2).asset.protocols).toEqual(['EtherNet/IP', 'FINS', 'OPC-UA']);
  });
});

describe('UZORCYBER: empty row 1, header on row 2, a metrics sheet', () => {
  const run = importWorkbook(UZORCYBER);

  it('proposes the inventory and finds the header on row 2', () => {
    expect(run.proposal.sheet).toBe('Asset Inventory');
    expect(run.proposal.scores['Asset Summary']).toBeLessThan((run.proposal.scores['Asset Inventory'] ?? 0) / 3);
    expect(run.analysis.headerRowIndex).toBe(1);
    expect(run.byHeader).toEqual({
      'Asset Name': 'name',
      'Asset Type': 'assetType',
      Owner: 'owner',
      Location: 'location',
      Criticality: 'criticality',
      Notes: 'notes',
    });
  });

  it('imports the ten assets, warns on IT types it does not know and infers some from the name', () => {
    expect(run.accepted).toHaveLength(10);
    expect(run.rejected).toHaveLength(0);
    expect(rowAt(run.rows, 3).asset).toMatchObject({ name: 'AWS EC2 Servers', assetType: 'it-server', criticality: 'critical', owner: 'Cloud Team', location: 'AWS' });
    expect(rowAt(run.rows, 4).issues).toEqual([{ row: 4, column: 3, columnName: 'Asset Type', severity: 'warning', message: 'Type "SaaS" is not a known asset type. The cell is kept as the extra attribute “Asset Type”.' }]);
    expect(rowAt(run.rows, 4).asset.assetType).toBeNull();
    expect(rowAt(run.rows, 4).asset.attributes).toContainEqual({ label: 'Asset Type', value: 'SaaS' });
    const firewall = rowAt(run.rows, 8);
    expect(firewall.asset.assetType).toBe('firewall');
    expect(firewall.issues.map((i) => [i.severity, i.column])).toEqual([
      ['warning', 3],
      ['info', 2],
    ]);
    expect(firewall.issues[1]?.message).toBe('Type set to "Firewall", inferred from name "Firewall". Check it.');
    expect(rowAt(run.rows, 9).asset.assetType).toBe('it-workstation'); // "Endpoint"
  });
});

describe('Kazenzi: row numbers under a blank header, a second table beside the data', () => {
  const run = importWorkbook(KAZENZI);

  it('reads the header with its blank first cell and leaves the side table out', () => {
    expect(run.analysis.headerRowIndex).toBe(0);
    expect(run.analysis.columns.map((c) => c.header)).toEqual(['', 'Asset', 'Network access', 'Owner', 'Location', 'Notes', 'Sensitivity']);
    expect(run.analysis.columns[0]).toMatchObject({ index: 0, samples: ['1', '2', '3', '4'], proposed: null });
    expect(run.byHeader).toEqual({ Asset: 'name', Owner: 'owner', Location: 'location', Notes: 'notes' });
  });

  it('counts only the four assets (row numbers alone and the side table are not rows)', () => {
    expect(run.analysis.dataRowCount).toBe(4);
    expect(run.total).toBe(4);
    expect(run.rows.map((r) => r.asset.name)).toEqual(['Network router', 'Desktop', 'Guest smartphone', 'Laptop']);
    expect(run.rows.map((r) => r.asset.assetType)).toEqual(['router', 'it-workstation', null, 'it-workstation']);
    expect(rowAt(run.rows, 3).asset).toMatchObject({ owner: 'Homeowner', location: 'On-premises', notes: 'Contains private information, like photos.' });
  });
});

describe('Azrael: title and merged group-header rows, header on row 3, duplicated header, no data', () => {
  for (const repeatMerged of [false, true]) {
    const workbook = azrael(repeatMerged);
    const run = importWorkbook(workbook);
    const label = repeatMerged ? ' (merged values repeated)' : '';

    it(`proposes Digital Asset over the cover page and document details${label}`, () => {
      expect(run.proposal.sheet).toBe('Digital Asset');
      expect(run.proposal.scores['Cover page']).toBe(0);
      expect(run.proposal.scores['Digital Asset']).toBeGreaterThan(run.proposal.scores['Document Details'] ?? Infinity);
      expect(run.proposal.scores['Digital Asset']).toBeGreaterThan(run.proposal.scores['People Asset'] ?? Infinity);
    });

    it(`finds the header on row 3 and keeps both Asset Custodian columns${label}`, () => {
      expect(run.analysis.headerRowIndex).toBe(2);
      expect(run.analysis.columns).toHaveLength(20);
      expect(run.analysis.columns.filter((c) => c.header === 'Asset Custodian').map((c) => c.index)).toEqual([7, 8]);
      expect(run.byHeader).toEqual({ 'Asset Name': 'name', 'Asset Description': 'notes', 'Asset Owner': 'owner' });
      expect(run.analysis.dataRowCount).toBe(0);
      expect(run.rows).toEqual([]);
      expect(run.total).toBe(0);
    });
  }

  it('lets a user map both Asset Custodian columns without a clash in the report', () => {
    const { analysis } = importWorkbook(azrael());
    expect(mappingByHeader(analysis.columns, { 1: 'name', 7: 'owner', 8: 'notes' })).toEqual({
      'Asset Name': 'name',
      'Asset Custodian': 'owner',
      'Asset Custodian (Column I)': 'notes',
    });
  });
});

describe('snipe BLANKS: empty header cells, serials in scientific notation, US dates', () => {
  const run = importWorkbook(SNIPE_BLANKS);

  it('keeps the three empty header cells as columns and maps the rest by header', () => {
    expect(run.analysis.headerRowIndex).toBe(0);
    expect(run.analysis.columns).toHaveLength(21);
    expect(run.analysis.columns.filter((c) => c.header === '').map((c) => c.index)).toEqual([4, 8, 13]);
    expect(run.byHeader).toEqual({
      'item Name': 'name',
      Category: 'assetType',
      'Model name': 'model',
      Manufacturer: 'vendor',
      Serial: 'serialNumber',
      Location: 'location',
      Notes: 'notes',
      Status: 'lifecycle',
    });
    expect(run.analysis.dataRowCount).toBe(7); // the trailing empty line is not a row
  });

  it('imports the rows, with plain-English warnings for status words it does not know', () => {
    expect(run.accepted).toHaveLength(7);
    expect(rowAt(run.rows, 2).asset).toMatchObject({ name: 'eget nunc donec quis', vendor: 'Linkbridge', serialNumber: '27aa8378-b0f4-4289-84a4-405da95c6147', location: 'Daping', lifecycle: null });
    expect(rowAt(run.rows, 2).issues).toContainEqual({
      row: 2,
      column: 19,
      columnName: 'Status',
      severity: 'warning',
      message:
        'Lifecycle "Undeployable" is not a known status (In service, Spare, End of support, End of life, Decommissioned, Planned); left empty. The cell is kept as the extra attribute “Status”.',
    });
    expect(rowAt(run.rows, 6).asset.lifecycle).toBe('spare'); // Ready to Deploy
    expect(rowAt(run.rows, 7).asset.lifecycle).toBe('decommissioned'); // Archived
  });

  it('writes mangled serials out in full digits and says Excel lost digits', () => {
    const mapping = { ...run.analysis.mapping, 9: 'serialNumber' as const, 10: undefined, 15: 'notes' as const, 14: undefined };
    const { rows } = importRows(run.grid, 0, mapping, { file: SNIPE_BLANKS.fileName });
    expect(rows.map((r) => r.asset.serialNumber)).toEqual([
      '6377020000000000',
      '5020000000000000000',
      '374623000000000',
      '3549620000000000',
      '3567080000000000',
      '30052500000000',
      '201954000000000',
    ]);
    expect(rowAt(rows, 2).issues).toContainEqual({
      row: 2,
      column: 10,
      columnName: 'Model Number',
      severity: 'warning',
      message:
        'Serial number "6.37702E+15" is in scientific notation: Excel shortened a long number and its last digits are lost. Read as 6377020000000000; check it against the device label.',
    });
    // US dates stay as written: 4/5/16 could be 5 April or 4 May, so nothing guesses.
    expect(rowAt(rows, 2).asset.notes).toBe('4/5/16');
  });

  it('names blank header columns by their letter when a user maps one', () => {
    expect(mappingByHeader(run.analysis.columns, { 3: 'name', 4: 'notes' })).toEqual({ 'item Name': 'name', 'Column E': 'notes' });
  });
});

describe('snipe sample: a UTF-8 BOM on the first header', () => {
  it('strips the BOM from the header text and maps the generic IT layout', () => {
    const run = importWorkbook(SNIPE_SAMPLE);
    expect(run.analysis.columns[0]?.header).toBe('Company');
    expect(run.byHeader).toMatchObject({ Name: 'name', Manufacturer: 'vendor', Model: 'model', Location: 'location', Category: 'assetType', 'Asset Notes': 'notes' });
    expect(rowAt(run.rows, 2).asset).toMatchObject({ name: 'Backhoe', vendor: 'Berge Inc', model: 'Macbook Pro 13"' });
  });
});

describe('Seok-Hyun-Ann: Korean headers and an adversarial fixture', () => {
  const run = importWorkbook(KOREAN);

  it('maps the Korean headers', () => {
    expect(run.byHeader).toEqual({
      자산id: 'name',
      제조사: 'vendor',
      모델: 'model',
      펌웨어: 'firmware',
      공장: 'location',
      구역: 'zone',
      안전중요도: 'criticality',
      수명주기: 'lifecycle',
      비고: 'notes',
    });
  });

  it('rejects the row without an id, imports the rest and finds the duplicate id', () => {
    expect(run.total).toBe(5);
    expect(run.accepted.map((r) => r.row)).toEqual([2, 3, 4, 6]);
    expect(run.rejected.map((r) => r.row)).toEqual([5]);
    expect(rowAt(run.rows, 5).issues).toContainEqual({
      row: 5,
      column: 1,
      columnName: '자산id',
      severity: 'error',
      message: '자산id is empty: a row needs a name, so it was not imported.',
    });
    const { groups } = inFileDuplicates(run.rows);
    expect(countDuplicateRows(groups)).toBe(1);
    expect(groups).toEqual([{ reason: 'tag', members: [{ kind: 'incoming', key: '2' }, { kind: 'incoming', key: '4' }], conflicts: expect.any(Array) }]);
  });

  it('reads the values, infers the type from the model and keeps the formula as text with a warning', () => {
    expect(rowAt(run.rows, 2).asset).toMatchObject({
      name: 'plc-line1-01',
      assetType: 'plc',
      vendor: 'Mitsubishi Electric',
      firmware: '48',
      location: 'Factory-A',
      zone: 'Cell-L2',
      criticality: 'high',
      lifecycle: 'in-service',
      notes: '정상',
    });
    expect(rowAt(run.rows, 3).asset.firmware).toBe('');
    const evil = rowAt(run.rows, 6);
    expect(evil.rejected).toBe(false);
    expect(evil.asset).toMatchObject({ vendor: "=cmd|' /C calc'!A1", lifecycle: 'end-of-life' });
    expect(evil.issues).toContainEqual({
      row: 6,
      column: 2,
      columnName: '제조사',
      severity: 'warning',
      message: `"=cmd|' /C calc'!A1" starts with "=" and could run as a formula if this data is opened in a spreadsheet; it was kept as plain text.`,
    });
    expect(evil.issues).toContainEqual({
      row: 6,
      column: 3,
      columnName: '모델',
      severity: 'info',
      message: 'Type set to "PLC", inferred from model "MELSEC iQ-R Series R08PCPU". Check it.',
    });
  });
});
