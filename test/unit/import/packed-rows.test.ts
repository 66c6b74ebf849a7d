import { describe, expect, it } from 'vitest';
import { packRows, unpackRows } from '../../../shared/import/packed-rows';
import { row } from '../assets/asset-fixtures';

describe('packed rows (the IPC form of checked rows)', () => {
  it('round-trips every field, the extra attributes, the issues, the rejection and the source, through JSON', () => {
    const rows = [
      row(2, 'PLC-01', { ipAddresses: ['10.0.0.1', '10.0.0.2'], ports: [102, 443], assetType: 'plc', criticality: 'high', notes: 'a "quoted" note' }),
      row(3, '', {}, true),
      row(4, 'PDU-A1', { attributes: [{ label: 'Rack', value: 'R01' }] }),
    ];
    const packed = JSON.parse(JSON.stringify(packRows(rows, 'Assets', 'plant.xlsx')));
    expect(unpackRows(packed)).toEqual(rows);
  });

  it('writes each extra attribute label once, however many rows hold it', () => {
    const rows = Array.from({ length: 50 }, (_, i) => row(i + 2, `PDU-${i}`, { attributes: [{ label: 'Rack position', value: `R${i}` }] }));
    const json = JSON.stringify(packRows(rows, 'Assets', 'plant.xlsx'));
    expect(json.split('Rack position')).toHaveLength(2);
    expect(unpackRows(JSON.parse(json)).map((r) => r.asset.attributes)).toEqual(rows.map((r) => r.asset.attributes));
  });

  it('is smaller than the keyed rows', () => {
    const rows = Array.from({ length: 100 }, (_, i) => row(i + 2, `PLC-${i}`, { vendor: 'Siemens', ipAddresses: [`10.0.0.${i}`] }));
    expect(JSON.stringify(packRows(rows, 'Assets', 'plant.xlsx')).length).toBeLessThan(JSON.stringify(rows).length * 0.6);
  });
});
