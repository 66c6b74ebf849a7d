import { describe, expect, it } from 'vitest';
import type { AuditEntry, FieldChange } from '../../../shared/audit/audit';
import { groupByRecord, historyIndex, NO_HISTORY_FILTER } from '../../../renderer/features/history/history-view';

const ana = { id: '0a0a0a0a-0000-4000-8000-00000000a0a0', name: 'Ana Ruiz' };
const jurgen = { id: '0b0b0b0b-0000-4000-8000-00000000b0b0', name: 'Jürgen Weiß' };
const unnamed = { id: '0c0c0c0c-0000-4000-8000-00000000c0c0', name: '' };

let seq = 0;
function entry(by: AuditEntry['by'], action: AuditEntry['action'], changes: FieldChange[], note?: string): AuditEntry {
  seq++;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    assessmentId: '11111111-1111-4111-8111-111111111111',
    replica: 'r',
    seq,
    known: { r: seq },
    at: `2026-11-2${seq % 10}T10:00:00.000Z`,
    by,
    action,
    ...(note ? { note } : {}),
    changes,
  };
}
const created = (table: FieldChange['table'], recordId: string, label: string): FieldChange => ({ op: 'create', table, recordId, label });
const updated = (table: FieldChange['table'], recordId: string, label: string, field: string, old: unknown, now: unknown): FieldChange => ({
  op: 'update',
  table,
  recordId,
  label,
  field,
  old,
  new: now,
});

/** A small trail, newest first as the history lists it. */
const trail = [
  entry(jurgen, 'merge', [updated('assets', 'a1', 'PLC-01', 'firmware', '2.1', '2.4'), created('assets', 'a3', 'HMI-02')], 'ana-site-b.csms'),
  entry(ana, 'edit', [updated('conduits', 'c1', 'Control–DMZ', 'fromZoneId', 'z2', 'z1')]),
  entry(ana, 'edit', [updated('assets', 'a1', 'PLC-01', 'criticality', null, 'high'), updated('assets', 'a1', 'PLC-01', 'zone', '', 'Control')]),
  entry(unnamed, 'create', [created('zones', 'z1', 'Control'), created('zones', 'z2', 'DMZ Old')]),
  entry(ana, 'edit', [updated('zones', 'z2', 'DMZ', 'name', 'DMZ Old', 'DMZ')]),
];

describe('history view', () => {
  it('knows the trail’s assessors and kinds of record, and the latest name of each record', () => {
    const index = historyIndex(trail);
    // By the name shown: the unnamed one as "Unnamed assessor".
    expect(index.authors.map((a) => a.name)).toEqual(['Ana Ruiz', 'Jürgen Weiß', '']);
    expect(index.tables).toEqual(['zones', 'conduits', 'assets']);
    expect(index.nameOf('z1')).toBe('Control');
    // The entries come newest first: the first label met is the newest.
    expect(index.nameOf('z2')).toBe('DMZ Old');
    expect(index.nameOf('nowhere')).toBeUndefined();
  });

  it('lists everything without filters', () => {
    const rows = historyIndex(trail).filter(NO_HISTORY_FILTER);
    expect(rows.map((r) => r.entry)).toEqual(trail);
    expect(rows.map((r) => r.changes.length)).toEqual([2, 1, 2, 2, 1]);
  });

  it('filters by assessor and by kind of record, keeping only the matching changes of an entry', () => {
    const index = historyIndex(trail);
    expect(index.filter({ ...NO_HISTORY_FILTER, authorId: jurgen.id }).map((r) => r.entry)).toEqual([trail[0]]);
    const zones = index.filter({ ...NO_HISTORY_FILTER, table: 'zones' });
    expect(zones.map((r) => r.entry)).toEqual([trail[3], trail[4]]);
    const assetsByAna = index.filter({ ...NO_HISTORY_FILTER, table: 'assets', authorId: ana.id });
    expect(assetsByAna.map((r) => r.entry)).toEqual([trail[2]]);
  });

  it('searches records, fields, old and new values in words, who and the merged file', () => {
    const index = historyIndex(trail);
    const find = (text: string) => index.filter({ ...NO_HISTORY_FILTER, text }).map((r) => [trail.indexOf(r.entry), r.changes.length]);
    expect(find('criticality high')).toEqual([[2, 1]]);
    expect(find('HIGH')).toEqual([[2, 1]]);
    expect(find('ana-site-b')).toEqual([[0, 2]]);
    expect(find('jürgen firmware')).toEqual([[0, 1]]);
    // Values read as the screens show them: the conduit's zone by its name, not its id.
    expect(find('from zone control')).toEqual([[1, 1]]);
    expect(find('unnamed assessor')).toEqual([[3, 2]]);
    expect(find('hmi-02 added')).toEqual([[0, 1]]);
    expect(find('nothing like this')).toEqual([]);
  });

  it('keeps one record’s changes only, when showing its history', () => {
    const rows = historyIndex(trail).filter(NO_HISTORY_FILTER, 'a1');
    expect(rows.map((r) => [trail.indexOf(r.entry), r.changes.map((c) => (c.op === 'update' ? c.field : c.op))])).toEqual([
      [0, ['firmware']],
      [2, ['criticality', 'zone']],
    ]);
  });

  it('groups consecutive changes of one record under one heading, a new record with the values it was given', () => {
    const groups = groupByRecord([
      ...trail[2]!.changes,
      ...trail[0]!.changes,
      updated('assets', 'a3', 'HMI-02', 'vendor', undefined, 'Kestrel'),
      { op: 'delete', table: 'assets', recordId: 'a4', label: 'SW-09' },
      updated('assets', 'a4', 'SW-09', 'notes', '', 'Spare'),
    ]);
    expect(groups.map((g) => [g.change.recordId, g.change.op, g.fields.map((f) => f.field)])).toEqual([
      ['a1', 'update', ['criticality', 'zone', 'firmware']],
      ['a3', 'create', ['vendor']],
      ['a4', 'delete', []],
      ['a4', 'update', ['notes']],
    ]);
    expect(groupByRecord(trail[3]!.changes).map((g) => g.change.recordId)).toEqual(['z1', 'z2']);
  });
});
