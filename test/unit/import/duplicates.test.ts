import { describe, expect, it } from 'vitest';
import { emptyAssetContent } from '../../../shared/assets/asset';
import { countInFileDuplicates, findDuplicates, type DuplicateCandidate, type ImportedRow } from '../../../shared/import';

const c = (key: string, over: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({ key, name: '', serialNumber: '', macAddresses: [], ipAddresses: [], ...over });

describe('findDuplicates', () => {
  it('matches on MAC in any written form', () => {
    expect(findDuplicates([c('2', { name: 'a', macAddresses: ['00-1B-1B-60-D2-E9'] })], [c('id-1', { name: 'b', macAddresses: ['00:1b:1b:60:d2:e9'] })])).toEqual([
      { reason: 'mac', members: [{ kind: 'incoming', key: '2' }, { kind: 'existing', key: 'id-1' }] },
    ]);
  });

  it('matches on serial number ignoring case and spaces, never on placeholder serials', () => {
    expect(findDuplicates([c('2', { name: 'a', serialNumber: 'S C-FNSL2848' })], [c('x', { name: 'b', serialNumber: 'sc-fnsl2848' })])[0]?.reason).toBe('serial');
    expect(findDuplicates([c('2', { name: 'a', serialNumber: 'N/A' }), c('3', { name: 'b', serialNumber: 'n/a' }), c('4', { name: 'c', serialNumber: '0000' })], [c('x', { name: 'd', serialNumber: '0' })])).toEqual([]);
  });

  it('matches IP and name together, and a name alone as a tag match', () => {
    expect(findDuplicates([c('2', { name: 'PLC-01', ipAddresses: ['10.0.0.1'] })], [c('x', { name: ' plc-01 ', ipAddresses: ['10.0.0.1/24'] })])[0]?.reason).toBe('ip+name');
    expect(findDuplicates([c('2', { name: 'PLC-01', ipAddresses: ['10.0.0.1'] })], [c('x', { name: 'plc-01', ipAddresses: ['10.0.0.9'] })])[0]?.reason).toBe('tag');
  });

  it('does not match on IP alone, nor on empty or meaningless values', () => {
    expect(findDuplicates([c('2', { name: 'a', ipAddresses: ['10.0.0.1'] })], [c('x', { name: 'b', ipAddresses: ['10.0.0.1'] })])).toEqual([]);
    expect(findDuplicates([c('2'), c('3')], [c('x')])).toEqual([]);
    expect(findDuplicates([c('2', { name: 'a', macAddresses: ['00:00:00:00:00:00'] })], [c('x', { name: 'b', macAddresses: ['000000000000'] })])).toEqual([]);
    expect(findDuplicates([c('2', { name: 'a', ipAddresses: ['0.0.0.0'] })], [c('x', { name: 'b', ipAddresses: ['0.0.0.0'] })])).toEqual([]);
  });

  it('never matches a candidate with itself', () => {
    expect(findDuplicates([c('2', { name: 'a', macAddresses: ['00:1b:1b:00:00:01', '00-1B-1B-00-00-01'], ipAddresses: ['10.0.0.1', '10.0.0.1'] })], [])).toEqual([]);
  });

  it('puts each asset in one group, with the strongest reason that joined it', () => {
    const groups = findDuplicates(
      [c('2', { name: 'pump', serialNumber: 'SN1' }), c('3', { name: 'PUMP' }), c('4', { name: 'other', macAddresses: ['00:1b:1b:00:00:09'] })],
      [c('e1', { name: 'x', serialNumber: 'sn1' }), c('e2', { name: 'y', macAddresses: ['00:1B:1B:00:00:09'] }), c('e3', { name: 'lonely' })],
    );
    expect(groups).toEqual([
      { reason: 'serial', members: [{ kind: 'incoming', key: '2' }, { kind: 'incoming', key: '3' }, { kind: 'existing', key: 'e1' }] },
      { reason: 'mac', members: [{ kind: 'incoming', key: '4' }, { kind: 'existing', key: 'e2' }] },
    ]);
  });

  it('reports groups of stored assets only when an incoming one joins them', () => {
    expect(findDuplicates([c('2', { name: 'new' })], [c('e1', { name: 'same' }), c('e2', { name: 'Same' })])).toEqual([]);
    expect(findDuplicates([c('2', { name: 'same' })], [c('e1', { name: 'same' }), c('e2', { name: 'Same' })])).toEqual([
      { reason: 'tag', members: [{ kind: 'incoming', key: '2' }, { kind: 'existing', key: 'e1' }, { kind: 'existing', key: 'e2' }] },
    ]);
  });

  it('handles 100k incoming against 100k stored assets', () => {
    const mac = (i: number) => `00:1b:${[(i >> 24) & 255, (i >> 16) & 255, (i >> 8) & 255, i & 255].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
    const ip = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    const incoming = Array.from({ length: 100_000 }, (_, i) => c(String(i + 2), { name: `dev-${i}`, serialNumber: `SN${i}`, macAddresses: [mac(i)], ipAddresses: [ip(i)] }));
    // Every other stored asset shares a MAC with an incoming row; the rest are new devices.
    const existing = Array.from({ length: 100_000 }, (_, i) => c(`e${i}`, { name: `stored-${i}`, serialNumber: `S-${i}`, macAddresses: [mac(i % 2 ? i : 200_000 + i)], ipAddresses: [ip(200_000 + i)] }));
    const groups = findDuplicates(incoming, existing);
    expect(groups).toHaveLength(50_000);
    expect(groups[0]).toEqual({ reason: 'mac', members: [{ kind: 'incoming', key: '3' }, { kind: 'existing', key: 'e1' }] });
  });
});

describe('countInFileDuplicates', () => {
  const row = (n: number, name: string, over: Partial<ImportedRow['asset']> = {}, rejected = false): ImportedRow => ({
    row: n,
    asset: { ...emptyAssetContent(name), ...over },
    issues: [],
    rejected,
  });

  it('counts rows that repeat an earlier row, skipping rejected rows', () => {
    expect(
      countInFileDuplicates([
        row(2, 'plc-line1-01'),
        row(3, 'plc-line1-02'),
        row(4, 'plc-line1-01'),
        row(5, '', {}, true),
        row(6, 'x', { macAddresses: ['00:1b:1b:00:00:01'] }),
        row(7, 'y', { macAddresses: ['00:1b:1b:00:00:01'] }),
        row(8, 'PLC-LINE1-01'),
        row(9, '', {}, true),
      ]),
    ).toBe(3);
    expect(countInFileDuplicates([])).toBe(0);
  });
});
