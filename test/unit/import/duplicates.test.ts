import { describe, expect, it } from 'vitest';
import { emptyAssetContent } from '../../../shared/assets/asset';
import {
  countDuplicateRows,
  findDuplicates,
  inFileDuplicates,
  mergesByDefault,
  type DuplicateCandidate,
  type ImportedRow,
} from '../../../shared/import';

const c = (key: string, over: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({ key, name: '', serialNumber: '', macAddresses: [], ipAddresses: [], ...over });
const groupsOf = (incoming: DuplicateCandidate[], existing: DuplicateCandidate[] = []) => findDuplicates(incoming, existing).groups;

describe('findDuplicates', () => {
  it('matches on MAC in any written form', () => {
    expect(groupsOf([c('2', { name: 'a', macAddresses: ['00-1B-1B-60-D2-E9'] })], [c('id-1', { name: 'a', macAddresses: ['00:1b:1b:60:d2:e9'] })])).toEqual([
      { reason: 'mac', members: [{ kind: 'incoming', key: '2' }, { kind: 'existing', key: 'id-1' }], conflicts: [] },
    ]);
  });

  it('matches on serial ignoring case and spaces; placeholder serials match nothing and are reported', () => {
    expect(groupsOf([c('2', { name: 'a', serialNumber: 'S C-FNSL2848' })], [c('x', { name: 'a', serialNumber: 'sc-fnsl2848' })])[0]?.reason).toBe('serial');
    const { groups, ignored } = findDuplicates(
      [c('2', { name: 'a', serialNumber: 'N/A' }), c('3', { name: 'b', serialNumber: 'n/a' }), c('4', { name: 'c', serialNumber: '0000' })],
      [c('x', { name: 'd', serialNumber: '0' })],
    );
    expect(groups).toEqual([]);
    expect(ignored).toEqual([{ field: 'serialNumber', value: 'N/A', count: 2, why: 'placeholder' }]);
  });

  it('matches an IP only together with the name, and a name alone as a tag', () => {
    expect(groupsOf([c('2', { name: 'PLC-01', ipAddresses: ['10.0.0.1'] })], [c('x', { name: ' plc-01 ', ipAddresses: ['10.0.0.1/24'] })])[0]?.reason).toBe('ip+name');
    expect(groupsOf([c('2', { name: 'PLC-01', ipAddresses: ['10.0.0.1'] })], [c('x', { name: 'plc-01', ipAddresses: ['10.0.0.9'] })])[0]?.reason).toBe('tag');
  });

  it('never matches on empty, zero or loopback values', () => {
    expect(groupsOf([c('2', { name: 'a', ipAddresses: ['10.0.0.1'] })], [c('x', { name: 'b', ipAddresses: ['10.0.0.1'] })])).toEqual([]);
    expect(groupsOf([c('2'), c('3')], [c('x')])).toEqual([]);
    expect(groupsOf([c('2', { name: 'a', macAddresses: ['00:00:00:00:00:00'] })], [c('x', { name: 'b', macAddresses: ['000000000000'] })])).toEqual([]);
    expect(groupsOf([c('2', { name: 'a', ipAddresses: ['0.0.0.0'] })], [c('x', { name: 'b', ipAddresses: ['0.0.0.0'] })])).toEqual([]);
  });

  it('never matches a candidate with itself', () => {
    expect(findDuplicates([c('2', { name: 'a', macAddresses: ['00:1b:1b:00:00:01', '00-1B-1B-00-00-01'], ipAddresses: ['10.0.0.1', '10.0.0.1'] })], [])).toEqual({
      groups: [],
      ignored: [],
    });
  });

  it('puts each asset in one group, with the strongest reason that joined it and what its members disagree on', () => {
    const groups = groupsOf(
      [c('2', { name: 'pump', serialNumber: 'SN1' }), c('3', { name: 'PUMP' }), c('4', { name: 'other', macAddresses: ['00:1b:1b:00:00:09'] })],
      [c('e1', { name: 'x', serialNumber: 'sn1' }), c('e2', { name: 'other', macAddresses: ['00:1B:1B:00:00:09'] }), c('e3', { name: 'lonely' })],
    );
    expect(groups).toEqual([
      { reason: 'serial', members: [{ kind: 'incoming', key: '2' }, { kind: 'incoming', key: '3' }, { kind: 'existing', key: 'e1' }], conflicts: ['name'] },
      { reason: 'mac', members: [{ kind: 'incoming', key: '4' }, { kind: 'existing', key: 'e2' }], conflicts: [] },
    ]);
    expect(groups.map(mergesByDefault)).toEqual([false, true]);
  });

  it('flags four PDUs sharing one serial but not their tag, IP or MAC as a conflict kept apart by default', () => {
    const pdu = (n: number) => c(String(n + 1), { name: `PDU-0${n}`, serialNumber: 'SRT5KXLI-7741', ipAddresses: [`10.1.1.${n}`], macAddresses: [`00:c0:b7:00:00:0${n}`] });
    const [group, ...rest] = groupsOf([pdu(1), pdu(2), pdu(3), pdu(4)]);
    expect(rest).toEqual([]);
    expect(group).toMatchObject({ reason: 'serial', conflicts: ['name', 'macAddresses'] });
    expect(group!.members).toHaveLength(4);
    expect(mergesByDefault(group!)).toBe(false);
  });

  it('flags a MAC match whose serials differ, and a name and IP match whose MACs differ', () => {
    expect(groupsOf([c('2', { name: 'a', serialNumber: 'S1', macAddresses: ['00:1b:1b:00:00:01'] })], [c('x', { name: 'a', serialNumber: 'S2', macAddresses: ['00:1b:1b:00:00:01'] })])[0]).toMatchObject({
      reason: 'mac',
      conflicts: ['serialNumber'],
    });
    expect(groupsOf([c('2', { name: 'a', ipAddresses: ['10.0.0.1'], macAddresses: ['00:1b:1b:00:00:01'] })], [c('x', { name: 'a', ipAddresses: ['10.0.0.1'], macAddresses: ['00:1b:1b:00:00:02'] })])[0]).toMatchObject({
      reason: 'ip+name',
      conflicts: ['macAddresses'],
    });
    // A device that gained an address still shares one with its stored self; a changed IP alone is no conflict.
    expect(groupsOf([c('2', { name: 'a', ipAddresses: ['10.0.0.2'], macAddresses: ['00:1b:1b:00:00:01', '00:1b:1b:00:00:02'] })], [c('x', { name: 'a', ipAddresses: ['10.0.0.1'], macAddresses: ['00:1b:1b:00:00:01'] })])[0]).toMatchObject({
      reason: 'mac',
      conflicts: [],
    });
  });

  it('ignores a serial or MAC on more than four rows and reports it, counting each row once', () => {
    const gateway = '00:1b:1b:ff:ff:ff';
    const rows = Array.from({ length: 6 }, (_, i) => c(String(i + 2), { name: `host-${i}`, serialNumber: 'MODEL-123', macAddresses: [gateway, gateway] }));
    const { groups, ignored } = findDuplicates(rows, [c('e1', { name: 'host-0' })]);
    expect(ignored).toEqual([
      { field: 'macAddresses', value: gateway, count: 6, why: 'repeated' },
      { field: 'serialNumber', value: 'MODEL-123', count: 6, why: 'repeated' },
    ]);
    expect(groups).toEqual([{ reason: 'tag', members: [{ kind: 'incoming', key: '2' }, { kind: 'existing', key: 'e1' }], conflicts: [] }]);
  });

  it('reports groups of stored assets only when an incoming one joins them', () => {
    expect(groupsOf([c('2', { name: 'new' })], [c('e1', { name: 'same' }), c('e2', { name: 'Same' })])).toEqual([]);
    expect(groupsOf([c('2', { name: 'same' })], [c('e1', { name: 'same' }), c('e2', { name: 'Same' })])).toEqual([
      { reason: 'tag', members: [{ kind: 'incoming', key: '2' }, { kind: 'existing', key: 'e1' }, { kind: 'existing', key: 'e2' }], conflicts: [] },
    ]);
  });

  it('handles 100k incoming against 100k stored assets', () => {
    const mac = (i: number) => `00:1b:${[(i >> 24) & 255, (i >> 16) & 255, (i >> 8) & 255, i & 255].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
    const ip = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    const incoming = Array.from({ length: 100_000 }, (_, i) => c(String(i + 2), { name: `dev-${i}`, serialNumber: `SN${i}`, macAddresses: [mac(i)], ipAddresses: [ip(i)] }));
    // Every other stored asset shares a MAC with an incoming row; the rest are new devices.
    const existing = Array.from({ length: 100_000 }, (_, i) => c(`e${i}`, { name: `stored-${i}`, serialNumber: `S-${i}`, macAddresses: [mac(i % 2 ? i : 200_000 + i)], ipAddresses: [ip(200_000 + i)] }));
    const { groups } = findDuplicates(incoming, existing);
    expect(groups).toHaveLength(50_000);
    expect(groups[0]).toEqual({ reason: 'mac', members: [{ kind: 'incoming', key: '3' }, { kind: 'existing', key: 'e1' }], conflicts: ['name', 'serialNumber'] });
  });

  it('keeps 50,000 rows with nine repeated serials apart: no serial group, nothing merged by default', () => {
    const incoming = Array.from({ length: 50_000 }, (_, i) => c(String(i + 2), { name: `dev-${i}`, serialNumber: `SER-${i % 9}`, ipAddresses: [`10.0.${i >> 8}.${i & 255}`] }));
    const { groups, ignored } = findDuplicates(incoming, []);
    expect(groups).toEqual([]);
    expect(ignored.map((i) => i.value).sort()).toEqual(Array.from({ length: 9 }, (_, i) => `SER-${i}`));
  });
});

describe('inFileDuplicates and countDuplicateRows', () => {
  const row = (n: number, name: string, over: Partial<ImportedRow['asset']> = {}, rejected = false): ImportedRow => ({
    row: n,
    asset: { ...emptyAssetContent(name), ...over },
    issues: [],
    rejected,
  });

  it('counts rows that repeat another row, skipping rejected rows', () => {
    const { groups } = inFileDuplicates([
      row(2, 'plc-line1-01'),
      row(3, 'plc-line1-02'),
      row(4, 'plc-line1-01'),
      row(5, '', {}, true),
      row(6, 'x', { macAddresses: ['00:1b:1b:00:00:01'] }),
      row(7, 'y', { macAddresses: ['00:1b:1b:00:00:01'] }),
      row(8, 'PLC-LINE1-01'),
      row(9, '', {}, true),
    ]);
    expect(countDuplicateRows(groups)).toBe(3);
    expect(groups.map((g) => g.conflicts)).toEqual([[], ['name']]);
    expect(countDuplicateRows([])).toBe(0);
  });
});
