import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { createNodeFileSystem } from '../../../electron/main/node-fs';
import { testIsolation } from '../../support/isolation';

const ROOT = resolve(__dirname, '../../..');
const FIXTURES = join(ROOT, 'test/fixtures/assets');
const fixture = (name: string) => join(FIXTURES, name);

/** The real CLI as `npm run csms` starts it, in a child process. */
function csms(...args: string[]) {
  const run = spawnSync(process.execPath, ['electron/cli/launch.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same command in this process: quicker for the per-fixture table. */
async function importCheckJson(name: string) {
  let stdout = '';
  const code = await runCli(['import-check', fixture(name), '--json'], { out: (t) => (stdout += t), err: (t) => (stdout += t), fs: createNodeFileSystem(), isolation: testIsolation() }, 'test');
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

function expectOneLineError(stderr: string, expected: string) {
  expect(stderr.trimEnd().split('\n')).toEqual([expected]);
}

const DFFM_MAPPING = {
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

describe('csms import-check', () => {
  it('DFFM workbook --json: the inventory sheet, header on row 1, 17 rows all accepted', () => {
    const { code, stdout, stderr } = csms('import-check', fixture('dffm-asset-inventory.xlsx'), '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout)).toEqual({
      sheet: 'Asset Inventory',
      headerRow: 1,
      rows: 17,
      accepted: 17,
      rejected: 0,
      duplicates: 0,
      identityConflicts: 0,
      ignoredIdentifiers: [],
      mapping: { 'ID Asset': 'name', 'MAC Address': 'macAddresses', 'Tipo Device': 'assetType', ...DFFM_MAPPING },
      extraColumns: ['Data Rilevamento'],
      skippedRows: [],
      looksLike: null,
      issues: [],
    });
  });

  it('DFFM CSV --json: same assets under other headers map to the same fields', () => {
    const { code, stdout } = csms('import-check', fixture('dffm-assets.csv'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      sheet: 'dffm-assets.csv',
      headerRow: 1,
      rows: 17,
      accepted: 17,
      rejected: 0,
      duplicates: 0,
      identityConflicts: 0,
      ignoredIdentifiers: [],
      mapping: { ID: 'name', MAC: 'macAddresses', Tipo: 'assetType', ...DFFM_MAPPING },
      extraColumns: ['Data Rilevamento'],
      skippedRows: [],
      looksLike: null,
      issues: [],
    });
  });

  it('--sheet picks another sheet', () => {
    const { code, stdout } = csms('import-check', fixture('dffm-asset-inventory.xlsx'), '--sheet', 'Open Ports Detail', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ sheet: 'Open Ports Detail', headerRow: 1 });
  });

  it('without --json prints a readable summary', () => {
    const { code, stdout } = csms('import-check', fixture('german-semicolon.csv'));
    expect(code).toBe(0);
    expect(stdout).toContain('(CSV, windows-1252, semicolon-separated, CRLF line ends)');
    expect(stdout).toMatch(/^Sheet {7}german-semicolon\.csv, header on row 1$/m);
    expect(stdout).toMatch(/^Rows {8}3: 3 accepted, 0 rejected, 0 duplicates within the file$/m);
    expect(stdout).toMatch(/^ {2}Gerätename → Name \/ tag$/m);
  });

  it('exits 2 on an unknown --sheet, listing the sheets', () => {
    const { code, stdout, stderr } = csms('import-check', fixture('acme-asset-inventory.xlsx'), '--sheet', 'Assets', '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expectOneLineError(stderr, 'csms: import-check: “acme-asset-inventory.xlsx” has no sheet named “Assets”; its sheets are “Asset Inventory”, “Asset Summary”.');
  });

  it('exits 2 with one line and no stack on a file it cannot read', () => {
    const encrypted = csms('import-check', fixture('encrypted.xlsx'), '--json');
    expect(encrypted.code).toBe(2);
    expectOneLineError(
      encrypted.stderr,
      'csms: import-check: “encrypted.xlsx”: This workbook is password-protected (encrypted) or an old .xls file: save it as .xlsx without a password and import again.',
    );
    const missing = csms('import-check', fixture('nothing-here.csv'));
    expect(missing.code).toBe(2);
    expectOneLineError(missing.stderr, 'csms: import-check: Could not read “nothing-here.csv”: no such file or folder.');
  });

  it.each([
    ['acme-asset-inventory.xlsx', { sheet: 'Asset Inventory', headerRow: 2, rows: 10, accepted: 10, rejected: 0, duplicates: 0 }, {
      'Asset Name': 'name', 'Asset Type': 'assetType', Owner: 'owner', Location: 'location', Criticality: 'criticality', Notes: 'notes',
    }],
    ['korean-assets.csv', { sheet: 'korean-assets.csv', headerRow: 1, rows: 5, accepted: 4, rejected: 1, duplicates: 1 }, {
      자산id: 'name', 제조사: 'vendor', 모델: 'model', 펌웨어: 'firmware', 공장: 'location', 구역: 'zone', 안전중요도: 'criticality', 수명주기: 'lifecycle', 비고: 'notes',
    }],
    ['spanish-plant-inventory.xlsx', { sheet: 'PLANTA_RED_V1', headerRow: 1, rows: 15, accepted: 15, rejected: 0, duplicates: 2 }, {
      Equipo: 'name', Area: 'location', Fabricante: 'vendor', Categoria: 'assetType', Direccion_IP: 'ipAddresses', Direccion_MAC: 'macAddresses',
      Referencia: 'model', Numero_Serie: 'serialNumber', Firmware: 'firmware', Notas: 'notes',
    }],
    ['iso-asset-register.xlsx', { sheet: 'Digital Asset', headerRow: 3, rows: 0, accepted: 0, rejected: 0, duplicates: 0 }, {
      'Asset Name': 'name', 'Asset Description': 'notes', 'Asset Owner': 'owner',
    }],
    ['mac-export.csv', { sheet: 'mac-export.csv', headerRow: 1, rows: 6, accepted: 6, rejected: 0, duplicates: 0 }, {
      'Item Name': 'name', Category: 'assetType', 'Model Name': 'model', Manufacturer: 'vendor', Serial: 'serialNumber', Location: 'location',
      Notes: 'notes', Status: 'lifecycle',
    }],
    ['utf8-bom.csv', { sheet: 'utf8-bom.csv', headerRow: 1, rows: 4, accepted: 4, rejected: 0, duplicates: 0 }, {
      Name: 'name', Category: 'assetType', Manufacturer: 'vendor', Model: 'model', Serial: 'serialNumber', 'IP Address': 'ipAddresses', Location: 'location',
    }],
    ['unicode-text.txt', { sheet: 'unicode-text.txt', headerRow: 1, rows: 3, accepted: 3, rejected: 0, duplicates: 0 }, {
      Name: 'name', Type: 'assetType', Vendor: 'vendor', 'IP address': 'ipAddresses', Zone: 'zone',
    }],
    ['german-semicolon.csv', { sheet: 'german-semicolon.csv', headerRow: 1, rows: 3, accepted: 3, rejected: 0, duplicates: 0 }, {
      Gerätename: 'name', 'IP-Adresse': 'ipAddresses', Hersteller: 'vendor', Modell: 'model', Firmware: 'firmware', Standort: 'location',
      Kritikalität: 'criticality', Bemerkung: 'notes',
    }],
  ])('%s: sheet, header row, counts and mapping', async (name, counts, mapping) => {
    const result = await importCheckJson(name);
    expect(result).toMatchObject(counts);
    expect(result.mapping).toEqual(mapping);
  });

  it('rack-pdus.csv: one serial on four different PDUs is a conflict, a "0" serial is a placeholder, the switch listed twice a duplicate', async () => {
    const result = await importCheckJson('rack-pdus.csv');
    expect(result).toMatchObject({ rows: 9, accepted: 9, duplicates: 4, identityConflicts: 1 });
    expect(result.ignoredIdentifiers).toEqual([{ field: 'serialNumber', value: '0', count: 4, why: 'placeholder' }]);
    const { stdout } = csms('import-check', fixture('rack-pdus.csv'));
    expect(stdout).toContain('Identity    1 duplicate group(s) share an identifier but differ in another: kept apart unless chosen');
    expect(stdout).toContain('Ignored     serial “0” on 4 rows (placeholder): not used to match');
  });

  it('home-network.xlsx: header on row 1 despite its blank first cell; the asset columns are mapped', async () => {
    const result = await importCheckJson('home-network.xlsx');
    expect(result).toMatchObject({ sheet: 'Sheet1', headerRow: 1, rows: 4, accepted: 4, rejected: 0 });
    // Only the asset table's own columns are pinned: the side table beside it is the pipeline's call.
    expect(result.mapping).toMatchObject({ Asset: 'name', Owner: 'owner', Location: 'location', Notes: 'notes' });
  });
});
