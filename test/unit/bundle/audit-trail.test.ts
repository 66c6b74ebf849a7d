import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit/audit';
import type { AssessmentBundle } from '../../../shared/bundle/bundle';
import { copyBundle } from '../../../shared/bundle/copy-bundle';
import { decodeBundle, decodeBundleWithManifest } from '../../../shared/bundle/decode';
import { encodeBundle } from '../../../shared/bundle/encode';
import { BundleError } from '../../../shared/bundle/errors';
import { SAMPLE_ASSESSMENT_ID, sampleBundle } from '../../support/sample-bundle';
import { readJson, repack, repackConsistently, writeJson } from '../../support/zip-surgery';

type Json = Record<string, unknown>;
const META = { appVersion: '0.1.0-test', exportedAt: '2026-11-22T16:10:00.000Z' };
const REPLICA = 'replica-ana';
const PLC_ID = '33333333-3333-4333-8333-333333333331';

const entry = (seq: number, changes: AuditEntry['changes']): AuditEntry => ({
  id: `aaaaaaaa-0000-4000-8000-${String(seq).padStart(12, '0')}`,
  assessmentId: SAMPLE_ASSESSMENT_ID,
  replica: REPLICA,
  seq,
  known: seq === 3 ? { [REPLICA]: 3, 'replica-jo': 1 } : { [REPLICA]: seq },
  at: `2026-11-22T16:0${seq}:00.000Z`,
  by: { id: '7e0b7a52-1c7e-4d8f-9a3b-5c6d7e8f9a0b', name: 'Ana Ruiz' },
  action: 'edit',
  ...(seq === 2 ? { note: 'Zürich – «site walk»' } : {}),
  changes,
});

async function bundleWithTrail(): Promise<AssessmentBundle> {
  const bundle = await sampleBundle();
  bundle.audit = [
    entry(1, [{ op: 'create', table: 'assets', recordId: PLC_ID, label: 'PLC-01' }]),
    entry(2, [
      { op: 'update', table: 'assets', recordId: PLC_ID, label: 'PLC-01', field: 'nested', old: { a: [1] }, new: { a: [1, null] } },
      { op: 'update', table: 'assessments', recordId: SAMPLE_ASSESSMENT_ID, label: 'Riverside WTP', field: 'scope.statement', old: '', new: 'All of it' },
    ]),
    entry(3, [{ op: 'delete', table: 'zones', recordId: '11111111-1111-4111-8111-111111111119', label: 'Old zone' }]),
    // A colleague's entry, seen by entry 3.
    { ...entry(1, []), id: 'bbbbbbbb-0000-4000-8000-000000000001', replica: 'replica-jo', known: { 'replica-jo': 1 }, by: { id: '5e0b7a52-1c7e-4d8f-9a3b-5c6d7e8f9a0c', name: 'Jo Park' } },
  ];
  return bundle;
}

async function refusal(bytes: Uint8Array): Promise<BundleError> {
  const error = await decodeBundle(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BundleError)) throw new Error(`expected a BundleError, got ${String(error)}`);
  return error;
}

let good: Uint8Array;
beforeAll(async () => {
  good = await encodeBundle(await bundleWithTrail(), META);
});

describe('the audit trail in a .csms file', () => {
  it('round-trips with the records, each entry as it was', async () => {
    const bundle = await bundleWithTrail();
    const { manifest, bundle: decoded } = await decodeBundleWithManifest(good);
    expect(manifest).toMatchObject({ formatVersion: 2, counts: { audit: 4, assets: 3 } });
    expect(decoded).toEqual(bundle);
    expect(decoded.audit[1]).toMatchObject({ note: 'Zürich – «site walk»', by: { name: 'Ana Ruiz' }, known: { [REPLICA]: 2 } });
    expect(decoded.audit[3]).toMatchObject({ replica: 'replica-jo', known: { 'replica-jo': 1 } });
  });

  it('round-trips an update of a field that had no value before (diffRecord gives `old: undefined`, JSON drops it)', async () => {
    const bundle = await bundleWithTrail();
    bundle.audit.push(
      entry(4, [{ op: 'update', table: 'assets', recordId: PLC_ID, label: 'PLC-01', field: 'firmware', old: undefined, new: 'V4.5' }]),
    );
    const decoded = await decodeBundle(await encodeBundle(bundle, META));
    expect(decoded.audit[4]?.changes[0]).toEqual({ op: 'update', table: 'assets', recordId: PLC_ID, label: 'PLC-01', field: 'firmware', new: 'V4.5' });
  });

  it('reads a format 1 file (from before the trail) with an empty trail', async () => {
    const format1 = await repackConsistently(good, (files) => {
      delete files['audit.json'];
      const manifest = readJson(files, 'manifest.json') as Json;
      const { audit: _audit, ...counts } = manifest.counts as Json;
      writeJson(files, 'manifest.json', { ...manifest, formatVersion: 1, counts });
    });
    const { manifest, bundle } = await decodeBundleWithManifest(format1);
    expect(manifest.formatVersion).toBe(1);
    expect(bundle.audit).toEqual([]);
    expect(bundle.tables.assets).toHaveLength(3);
  });

  it('refuses a format 2 file without its audit.json as damaged', async () => {
    const missing = await repackConsistently(good, (files) => delete files['audit.json']);
    const error = await refusal(missing);
    expect({ kind: error.kind, message: error.message }).toEqual({ kind: 'damaged', message: 'The file is damaged: audit.json is missing.' });
  });

  it('refuses a format 2 manifest that does not count the trail', async () => {
    const zip = repack(good, (files) => {
      const manifest = readJson(files, 'manifest.json') as Json;
      delete (manifest.counts as Json).audit;
      writeJson(files, 'manifest.json', manifest);
    });
    expect((await refusal(zip)).message).toBe('The file is damaged: manifest.json: counts.audit is missing.');
  });

  it('refuses counts that disagree with the trail', async () => {
    const zip = repack(good, (files) => {
      const manifest = readJson(files, 'manifest.json') as Json;
      (manifest.counts as Json).audit = 5;
      writeJson(files, 'manifest.json', manifest);
    });
    expect((await refusal(zip)).message).toBe('The file is damaged: manifest.json counts 5 audit entries but the file holds 4.');
  });

  const editTrail = (edit: (entries: Json[]) => void) =>
    repackConsistently(good, (files) => {
      const entries = readJson(files, 'audit.json') as Json[];
      edit(entries);
      writeJson(files, 'audit.json', entries);
    });

  it('refuses an entry of another assessment, naming the entry', async () => {
    const zip = await editTrail((entries) => (entries[1]!.assessmentId = '99999999-9999-4999-8999-999999999999'));
    expect((await refusal(zip)).message).toBe('The file is damaged: audit.json, record 2: assessmentId belongs to another assessment.');
  });

  it('refuses an entry that repeats another one’s id', async () => {
    const zip = await editTrail((entries) => (entries[2]!.id = entries[0]!.id));
    expect((await refusal(zip)).message).toBe('The file is damaged: audit.json, record 3: id repeats record 1.');
  });

  it('refuses two entries under one replica’s entry number', async () => {
    const zip = await editTrail((entries) => (entries[2]!.seq = 1));
    expect((await refusal(zip)).message).toBe('The file is damaged: audit.json, record 3: replica replica-ana entry 1 repeats record 1.');
  });

  it('refuses an entry with an unknown action or a malformed change', async () => {
    const action = await editTrail((entries) => (entries[0]!.action = 'teleport'));
    expect((await refusal(action)).message).toMatch(/^The file is damaged: audit\.json, record 1: action should be "create" or /);
    const change = await editTrail((entries) => ((entries[0]!.changes as Json[])[0]!.table = 'secrets'));
    expect((await refusal(change)).message).toMatch(/^The file is damaged: audit\.json, record 1: changes\[0\]\.table should be /);
  });
});

describe('copyBundle', () => {
  it('leaves the trail behind: it names the original ids', async () => {
    const copy = copyBundle(await bundleWithTrail(), 'Riverside WTP (copy)', '2026-12-01T09:00:00.000Z');
    expect(copy.audit).toEqual([]);
    expect(copy.assessment.id).not.toBe(SAMPLE_ASSESSMENT_ID);
    expect(copy.tables.assets.map((a) => a.assessmentId)).toEqual([copy.assessment.id, copy.assessment.id, copy.assessment.id]);
    expect(copy.tables.assets.map((a) => a.id)).not.toContain(PLC_ID);
  });
});
