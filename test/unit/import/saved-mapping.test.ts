import { describe, expect, it } from 'vitest';
import { analyseSheet, applySavedMapping, columnKeys, mappingByHeader, mappingSignature, savedMappingOf, type ColumnInfo } from '../../../shared/import';

const col = (index: number, header: string): ColumnInfo => ({ index, header, samples: [], proposed: null });

describe('mappingByHeader', () => {
  it('keys the report by header text as in the file, "Column X" for blanks, and leaves unmapped columns out', () => {
    const columns = [col(0, ''), col(1, ' Device Tag '), col(2, 'IP'), col(3, 'Notes')];
    expect(mappingByHeader(columns, { 0: 'notes', 1: 'name', 2: 'ipAddresses' })).toEqual({ 'Column A': 'notes', ' Device Tag ': 'name', IP: 'ipAddresses' });
  });

  it('tells repeated headers apart by their column letter', () => {
    const columns = [col(7, 'Asset Custodian'), col(8, 'Asset Custodian'), col(9, 'asset custodian')];
    expect(columnKeys(columns)).toEqual(['Asset Custodian', 'Asset Custodian (Column I)', 'asset custodian (Column J)']);
  });
});

describe('saved mappings', () => {
  const xlsx = [col(0, 'ID Asset'), col(1, 'IP'), col(2, 'MAC Address'), col(3, 'Criticità'), col(4, 'Data Rilevamento')];

  it('gives the same signature to the same headers whatever their order, case or accents', () => {
    const again = [col(0, 'ip'), col(1, 'id_asset'), col(2, 'MAC-Address'), col(3, 'CRITICITA'), col(4, 'Data Rilevamento ')];
    expect(mappingSignature(again)).toBe(mappingSignature(xlsx));
    expect(mappingSignature(xlsx)).toMatch(/^v1-5-[0-9a-f]{16}$/);
    expect(mappingSignature([...xlsx, col(5, 'Extra')])).not.toBe(mappingSignature(xlsx));
    expect(mappingSignature([col(0, 'ID'), col(1, 'IP')])).not.toBe(mappingSignature([col(0, 'ID'), col(1, 'MAC')]));
  });

  it('saves by normalised header and applies to the next file of that shape', () => {
    const saved = savedMappingOf(xlsx, { 0: 'name', 1: 'ipAddresses', 3: 'criticality', 4: 'notes' });
    expect(saved).toEqual({ 'id asset': 'name', ip: 'ipAddresses', criticita: 'criticality', 'data rilevamento': 'notes' });
    const next = [col(0, 'IP'), col(1, 'Criticita'), col(2, 'ID Asset'), col(3, 'data rilevamento'), col(4, 'MAC Address')];
    expect(applySavedMapping(next, saved)).toEqual({ 0: 'ipAddresses', 1: 'criticality', 2: 'name', 3: 'notes' });
  });

  it('reads a mapping keyed by header text as well, dropping unknown fields and second claims', () => {
    const stale = { 'ID Asset': 'name', IP: 'colour', 'MAC Address': 'name' } as unknown as Record<string, 'name'>;
    expect(applySavedMapping(xlsx, stale)).toEqual({ 0: 'name' });
  });

  it('round-trips a blank header and a repeated header', () => {
    const { columns } = analyseSheet({ name: 'S', rows: [[null, 'Owner', 'Owner', 'Name'], [1, 'a', 'b', 'c']] });
    const saved = savedMappingOf(columns, { 0: 'notes', 1: 'owner', 2: 'location', 3: 'name' });
    expect(saved).toEqual({ 'column a': 'notes', owner: 'owner', 'owner column c': 'location', name: 'name' });
    expect(applySavedMapping(columns, saved)).toEqual({ 0: 'notes', 1: 'owner', 2: 'location', 3: 'name' });
  });
});
