import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit/audit';
import { describeValue } from '../../../shared/audit/describe';
import { fieldValue } from '../../../shared/audit/diff';
import { assessmentBundleSchema, type AssessmentBundle } from '../../../shared/bundle/bundle';
import { decodeBundle } from '../../../shared/bundle/decode';
import { encodeBundle } from '../../../shared/bundle/encode';
import { BundleError } from '../../../shared/bundle/errors';
import { SHAPE_LIMITS } from '../../../shared/bundle/json-shape';
import { heads, type Located } from '../../../shared/merge/trail';
import { SAMPLE_ASSESSMENT_ID, sampleBundle } from '../../support/sample-bundle';
import { repackConsistently } from '../../support/zip-surgery';

const META = { appVersion: '0.1.0-test', exportedAt: '2026-11-22T16:10:00.000Z' };

/** The sample with its first asset given `extra` fields. */
async function withAsset(extra: Record<string, unknown>): Promise<AssessmentBundle> {
  const bundle = await sampleBundle();
  bundle.tables.assets[0] = { ...bundle.tables.assets[0]!, ...extra };
  return bundle;
}

/** What decoding the bundle's file says, as it would reach the user. */
async function decodeMessage(bundle: AssessmentBundle): Promise<string> {
  const error = await decodeBundle(await encodeBundle(bundle, META)).catch((e: unknown) => e);
  if (!(error instanceof BundleError)) throw new Error('expected the file to be refused');
  return error.message;
}

/** Text that does not compress far (a fixed pseudo-random sequence of letters), so the ZIP limits stay out of the way. */
function noise(length: number): string {
  const letters: string[] = [];
  for (let i = 0, x = 7; i < length; i++) letters.push(String.fromCharCode(97 + ((x = (x * 1103515245 + 12345) >>> 0) >>> 27)));
  return letters.join('');
}

const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { inner: value };
  return value;
};

const auditEntry = (replica: string, seq: number, known: Record<string, number>): AuditEntry => ({
  id: crypto.randomUUID(),
  assessmentId: SAMPLE_ASSESSMENT_ID,
  replica,
  seq,
  known,
  at: '2026-11-22T16:00:00.000Z',
  by: { id: '7e0b7a52-1c7e-4d8f-9a3b-5c6d7e8f9a0b', name: 'Ana Ruiz' },
  action: 'edit',
  changes: [],
});

describe('record data from a file or a request is bounded in shape', () => {
  it('refuses nesting 5,000 deep, naming the member, the record and where', async () => {
    // Written as a crafted file would be: JSON.stringify itself cannot go that deep.
    const deep = `${'{"inner":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const file = await repackConsistently(await encodeBundle(await sampleBundle(), META), (files) => {
      files['tables/assets.json'] = new TextEncoder().encode(new TextDecoder().decode(files['tables/assets.json']).replace('{"id"', `{"deep":${deep},"id"`));
    });
    const error = await decodeBundle(file).catch((e: unknown) => e);
    expect((error as BundleError).message).toBe('The file is damaged: tables/assets.json, record 1: deep holds values nested more than 32 levels deep.');
  });

  it('refuses field names every object already has, which read as functions where a lookup is careless', async () => {
    expect(await decodeMessage(await withAsset({ valueOf: 'x' }))).toBe(
      'The file is damaged: tables/assets.json, record 1: valueOf is a name this format does not allow.',
    );
    expect(await decodeMessage(await withAsset({ nested: { toString: 1 } }))).toBe(
      'The file is damaged: tables/assets.json, record 1: nested.toString is a name this format does not allow.',
    );
  });

  it('refuses a 20 MB field, a record of more than a million characters, and an object of more than 1,000 fields', async () => {
    expect(await decodeMessage(await withAsset({ notes: noise(20 * 1024 ** 2) }))).toBe(
      'The file is damaged: tables/assets.json, record 1: notes is longer than 200,000 characters.',
    );
    const many = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`part${i}`, noise(190_000)]));
    expect(await decodeMessage(await withAsset(many))).toBe(
      'The file is damaged: tables/assets.json, record 1: the record holds more than 1,000,000 characters of text.',
    );
    const wide = Object.fromEntries(Array.from({ length: SHAPE_LIMITS.maxKeys + 1 }, (_, i) => [`f${i}`, i]));
    expect(await decodeMessage(await withAsset({ wide }))).toBe('The file is damaged: tables/assets.json, record 1: wide has more than 1,000 fields.');
  });

  it('refuses version vectors naming replicas that made no entry, and replica or field names every object has', async () => {
    const bundle = await sampleBundle();
    const forged = Object.fromEntries([['replica-a', 1], ...Array.from({ length: 100_000 }, (_, i) => [`ghost-${i}`, 1])]);
    bundle.audit = [auditEntry('replica-a', 1, forged)];
    expect(await decodeMessage(bundle)).toBe('The file is damaged: audit.json, record 1: known names more than 10,000 replicas.');
    bundle.audit = [auditEntry('replica-a', 1, { 'replica-a': 1, ghost: 3 })];
    expect(await decodeMessage(bundle)).toBe('The file is damaged: audit.json, record 1: known.ghost names a replica that made no entry in the trail.');

    bundle.audit = [auditEntry('constructor', 1, { constructor: 1 })];
    expect(assessmentBundleSchema.safeParse(bundle).error?.issues[0]).toMatchObject({ path: ['audit', 0, 'replica'], message: 'is a name this format does not allow' });
    bundle.audit = [{ ...auditEntry('replica-a', 1, { 'replica-a': 1 }), changes: [{ op: 'update', table: 'assessments', recordId: SAMPLE_ASSESSMENT_ID, label: 'x', field: 'scope.__proto__', new: 1 }] }];
    expect(assessmentBundleSchema.safeParse(bundle).error?.issues[0]).toMatchObject({ path: ['audit', 0, 'changes', 0, 'field'] });
  });

  it('bounds a trail entry change by change: a bulk edit of 150,000 assets and a merge settling 30 long notes pass', async () => {
    const bundle = await sampleBundle();
    const change = (i: number, value: string) =>
      ({ op: 'update', table: 'assets', recordId: `asset-${i}`, label: `PLC-${i}`, field: 'notes', old: value, new: `${value}!` }) as const;
    bundle.audit = [
      { ...auditEntry('replica-a', 1, { 'replica-a': 1 }), action: 'bulk-edit', changes: Array.from({ length: 150_000 }, (_, i) => change(i, 'x')) },
      { ...auditEntry('replica-a', 2, { 'replica-a': 2 }), action: 'merge', changes: Array.from({ length: 30 }, (_, i) => change(i, noise(20_000))) },
    ];
    expect(assessmentBundleSchema.safeParse(bundle).success).toBe(true);
    bundle.audit[1]!.changes[3] = change(3, noise(300_000));
    expect(assessmentBundleSchema.safeParse(bundle).error?.issues[0]).toMatchObject({
      path: ['audit', 1, 'changes', 3, 'old'],
      message: 'is longer than 200,000 characters',
    });
  });

  it('keeps what the app writes: the sample, a long note, a vector of the trail’s own replicas', async () => {
    const bundle = await withAsset({ notes: 'n'.repeat(20_000), deep: nested(20) });
    bundle.audit = [auditEntry('replica-a', 1, { 'replica-a': 1 }), auditEntry('replica-b', 1, { 'replica-a': 1, 'replica-b': 1 })];
    expect((await decodeBundle(await encodeBundle(bundle, META))).tables.assets[0]).toMatchObject({ notes: 'n'.repeat(20_000) });
  });
});

describe('the merge engine reads data as data', () => {
  it('never takes an inherited property for a field or a label', () => {
    expect(fieldValue({ name: 'PLC' }, 'valueOf')).toBeUndefined();
    expect(fieldValue({ scope: {} }, 'scope.toString')).toBeUndefined();
    expect(describeValue('assets', 'criticality', 'toString')).toEqual({ text: 'toString' });
  });

  it('finds the heads of 2,000 concurrent replicas, and the one that has seen all the others', () => {
    const located = (replica: string, known: Record<string, number>): Located => ({
      entry: auditEntry(replica, 1, known),
      change: { op: 'update', table: 'assets', recordId: 'a', label: 'A', field: 'name', new: replica },
    });
    const concurrent = Array.from({ length: 2000 }, (_, i) => located(`r${i}`, { [`r${i}`]: 1 }));
    expect(heads(concurrent)).toHaveLength(2000);
    const all = Object.fromEntries(concurrent.map((c) => [c.entry.replica, 1]));
    const last = located('last', { ...all, last: 1 });
    expect(heads([...concurrent, last])).toEqual([last]);
  });
});
