import { createHash } from 'node:crypto';
import { createDeflateRaw } from 'node:zlib';
import { buf as crc32Of } from 'crc-32';
import { zipSync } from 'fflate';
import type { AuditEntry, FieldChange } from '../../shared/audit/audit';
import type { AssessmentBundle } from '../../shared/bundle/bundle';
import { encodeBundle } from '../../shared/bundle/encode';
import { encryptBundleBytes } from '../../shared/bundle/encryption';
import { SAMPLE_ASSESSMENT_ID, sampleBundle } from '../support/sample-bundle';
import { centralEntries, eocdOf, noise, patched, repack, repackConsistently, zipOfRaw } from '../support/zip-surgery';
import type { HostileCase } from './case';

const META = { appVersion: '0.1.0-hostile', exportedAt: '2026-12-06T08:00:00.000Z' };
export const HOSTILE_PASSPHRASE = 'correct horse battery staple';
const enc = new TextEncoder();
const dec = new TextDecoder();

/** The sample, edited, as the app would export it. */
async function sample(edit: (bundle: AssessmentBundle) => void = () => undefined): Promise<Uint8Array> {
  const bundle = await sampleBundle();
  edit(bundle);
  return encodeBundle(bundle, META);
}

/** The sample with one member's JSON text rewritten and the manifest made to agree, as an attacker would. */
async function rewritten(path: string, edit: (json: string) => string): Promise<Uint8Array> {
  return repackConsistently(await sample(), (files) => {
    files[path] = enc.encode(edit(dec.decode(files[path])));
  });
}

/** The first asset of the sample with `fields` (raw JSON) put in front of its own. */
const firstAssetWith = (fields: string) => rewritten('tables/assets.json', (json) => json.replace('{"id"', `{${fields},"id"`));

const PLC_ID = '33333333-3333-4333-8333-333333333331';

function entry(replica: string, seq: number, known: Record<string, number>, changes: FieldChange[], action: AuditEntry['action'] = 'edit'): AuditEntry {
  return {
    id: uuidOf(`${replica}/${seq}`),
    assessmentId: SAMPLE_ASSESSMENT_ID,
    replica,
    seq,
    known,
    at: '2026-12-05T10:00:00.000Z',
    by: { id: '7e0b7a52-1c7e-4d8f-9a3b-5c6d7e8f9a0b', name: `Assessor ${replica}` },
    action,
    changes,
  };
}

/** A fixed UUID for a name, so entries keep their ids from run to run. */
function uuidOf(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const renamePlc = (name: string, old = 'PLC-01'): FieldChange => ({ op: 'update', table: 'assets', recordId: PLC_ID, label: 'PLC-01', field: 'name', old, new: name });

/** A stream of `size` zero bytes, deflated once, with its CRC-32: a member a crafted archive can repeat. */
async function deflatedZeros(size: number): Promise<{ data: Uint8Array; crc: number }> {
  const chunk = new Uint8Array(1024 ** 2);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    const part = chunk.subarray(0, Math.min(chunk.length, size - written));
    crc = crc32Of(part, crc);
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { data: new Uint8Array(Buffer.concat(out)), crc: crc >>> 0 };
}

/** An encrypted sample whose header is rewritten by `edit`, with the header digest recomputed (as someone who means it would). */
async function encryptedWithHeader(edit: (view: DataView) => void): Promise<Uint8Array> {
  const bytes = (await encryptBundleBytes(await sample(), HOSTILE_PASSPHRASE)).slice();
  const view = new DataView(bytes.buffer);
  edit(view);
  bytes.set(createHash('sha256').update(bytes.subarray(0, 65)).digest().subarray(0, 8), 65);
  return bytes;
}

const csms = (c: Omit<HostileCase, 'kind' | 'fileName'>): HostileCase => ({ kind: 'bundle', fileName: `${c.id}.csms`, ...c });

export const BUNDLE_CASES: HostileCase[] = [
  csms({
    id: 'csms-four-511mib-members',
    what: 'a 2 MB file of four members of 511 MiB each (reported “intact” after 25 s and 4.2 GB)',
    make: async () => {
      const zeros = await deflatedZeros(511 * 1024 ** 2);
      return zipOfRaw(
        Array.from({ length: 4 }, (_, i) => ({ name: `evidence/0000000${i}-0000-4000-8000-000000000000`, method: 8 as const, data: zeros.data, size: 511 * 1024 ** 2, crc: zeros.crc })),
      );
    },
    refused: /^“csms-four-511mib-members\.csms”: The file is too large to open safely: evidence\/00000000-0000-4000-8000-000000000000 would expand to 511 MB \(limit 256 MB\)\.$/,
  }),
  csms({
    id: 'csms-eocd-disk-counts',
    what: 'an end record whose two member counts differ',
    make: async () => {
      const zip = await sample();
      return patched(zip, (v) => v.setUint16(eocdOf(zip) + 8, 2, true));
    },
    refused: /The file is damaged: its ZIP directory counts 2 members on this disk but \d+ in all\.$/,
  }),
  csms({
    id: 'csms-nested-5000',
    what: 'JSON nested 5,000 deep in an asset (passed bundle verify, crashed merge with a stack trace)',
    make: () => firstAssetWith(`"deep":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`),
    refused: /tables\/assets\.json, record 1: deep holds values nested more than 32 levels deep\.$/,
  }),
  csms({
    id: 'csms-field-valueOf',
    what: 'an asset field named valueOf (crashed merge with a stack trace)',
    make: () => firstAssetWith('"valueOf":"x"'),
    refused: /tables\/assets\.json, record 1: valueOf is a name this format does not allow\.$/,
  }),
  csms({
    id: 'csms-field-toString-nested',
    what: 'a nested field named toString',
    make: () => firstAssetWith('"extra":{"toString":"x"}'),
    refused: /tables\/assets\.json, record 1: extra\.toString is a name this format does not allow\.$/,
  }),
  csms({
    id: 'csms-field-proto',
    what: 'a field named __proto__',
    make: () => firstAssetWith('"__proto__":{"polluted":true}'),
    refused: /tables\/assets\.json holds a field named __proto__, a name this format does not allow\.$/,
  }),
  csms({
    id: 'csms-vector-100k-replicas',
    what: 'trail entries whose version vectors name 100,000 replicas (a merge took 26 s)',
    make: () =>
      sample((b) => {
        const known = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`ghost-${i}`, 1]));
        b.audit = Array.from({ length: 20 }, (_, i) => entry('replica-a', i + 1, { 'replica-a': i + 1, ...known }, []));
      }),
    refused: /audit\.json, record 1: known names more than 10,000 replicas\.$/,
  }),
  csms({
    id: 'csms-vector-1m-replicas',
    what: 'a version vector of 1,000,000 replicas (1M keys × 2,000 entries ran for many minutes; one entry shows the rule)',
    make: () =>
      sample((b) => {
        b.audit = [entry('replica-a', 1, { 'replica-a': 1, ...Object.fromEntries(Array.from({ length: 1_000_000 }, (_, i) => [`g${i}`, 1])) }, [])];
      }),
    refused: /audit\.json, record 1: known names more than 10,000 replicas\.$/,
  }),
  csms({
    id: 'csms-vector-ghost-replicas',
    what: '200 entries whose vectors each name 9,000 replicas that made no entry (under the count limit)',
    make: () =>
      sample((b) => {
        const ghosts = Object.fromEntries(Array.from({ length: 9_000 }, (_, i) => [`ghost-${i}`, 1]));
        b.audit = Array.from({ length: 200 }, (_, i) => entry('replica-a', i + 1, { 'replica-a': i + 1, ...ghosts }, []));
      }),
    refused: /audit\.json, record 1: known\["ghost-0"\] names a replica that made no entry in the trail\.$/,
  }),
  csms({
    id: 'csms-20mb-field',
    what: 'an unknown asset field of 20 MB',
    make: () => firstAssetWith(`"smuggled":"${dec.decode(noise(20 * 1024 ** 2).map((b) => 97 + (b % 26)))}"`),
    refused: /tables\/assets\.json, record 1: smuggled is longer than 200,000 characters\.$/,
  }),
  csms({
    id: 'csms-evidence-60mb',
    what: 'an evidence member of 60 MB (files are at most 50 MB)',
    make: () => zipSync({ 'manifest.json': enc.encode('{}'), 'evidence/00000000-0000-4000-8000-000000000001': [noise(60 * 1024 ** 2), { level: 0 }] }),
    refused: /evidence\/00000000-0000-4000-8000-000000000001 would expand to 60 MB \(evidence files are at most 50 MB\)\.$/,
  }),
  csms({
    id: 'csms-30000-members',
    what: '30,000 members',
    make: () => zipSync(Object.fromEntries([['manifest.json', enc.encode('{}')], ...Array.from({ length: 30_000 }, (_, i) => [`evidence/x${i}`, enc.encode('x')])])),
    refused: /too large to open safely: it holds 30,001 members \(limit 20,000\)\.$/,
  }),
  csms({
    id: 'csms-wrong-crc',
    what: 'a member whose CRC-32 does not match',
    make: async () => {
      const zip = await sample();
      return patched(zip, (v) => v.setUint32(centralEntries(zip)[1]! + 16, 0xdeadbeef, true));
    },
    refused: /The file is damaged: [\w/.]+ does not match its CRC-32 checksum\.$/,
  }),
  csms({
    id: 'csms-manifest-lies',
    what: 'a manifest that gives a member another size',
    make: async () =>
      repack(await sample(), (files) => {
        files['manifest.json'] = enc.encode(dec.decode(files['manifest.json']).replace(/"tables\/zones\.json":\{"size":\d+/, '"tables/zones.json":{"size":7'));
      }),
    refused: /The file is damaged: tables\/zones\.json is \d+ bytes long but manifest\.json says 7\.$/,
  }),
  csms({
    id: 'csms-enc-length-lies',
    what: 'an encrypted file whose header declares a 1 TB content',
    make: () => encryptedWithHeader((v) => v.setBigUint64(57, 1n << 40n)),
    passphrase: HOSTILE_PASSPHRASE,
    refused: /cut short|bytes added|damaged/,
  }),
  csms({
    id: 'csms-enc-4g-rounds',
    what: 'an encrypted file asking for 4,294,967,295 key-derivation rounds',
    make: () => encryptedWithHeader((v) => v.setUint32(9, 0xffffffff)),
    passphrase: HOSTILE_PASSPHRASE,
    refused: /asks for 4294967295 key derivation rounds \(this app accepts 100000 to 10000000\)/,
  }),
  csms({
    id: 'csms-enc-wrong-passphrase',
    what: 'an encrypted file opened with a wrong passphrase',
    make: async () => encryptBundleBytes(await sample(), HOSTILE_PASSPHRASE),
    passphrase: 'not the passphrase at all',
    asked: /^The passphrase does not open “csms-enc-wrong-passphrase\.csms”\.$/,
  }),
  csms({ id: 'csms-garbage', what: '64 KB of noise', make: () => noise(64 * 1024), refused: /This is not a CSMS Assessor file/ }),
  csms({
    id: 'csms-newer-format',
    what: 'a file from format 99',
    make: () => rewritten('manifest.json', (json) => json.replace('"formatVersion":2', '"formatVersion":99')),
    refused: /written by a newer version of CSMS Assessor \(format 99\)/,
  }),
  csms({
    id: 'csms-replica-constructor',
    what: 'a trail written by a replica named constructor',
    make: () => rewritten('audit.json', () => JSON.stringify([entry('constructor', 1, { constructor: 1 }, [])])),
    refused: /audit\.json, record 1: replica is a name this format does not allow\.$/,
  }),
  csms({
    id: 'csms-5000-concurrent-edits',
    what: '5,000 laptops renaming one asset at once, merged into the sample',
    make: () =>
      sample((b) => {
        b.tables.assets[0] = { ...b.tables.assets[0]!, name: 'PLC-4999' };
        b.audit = Array.from({ length: 5000 }, (_, i) => entry(`r${i}`, 1, { [`r${i}`]: 1 }, [renamePlc(`PLC-${i}`)]));
      }),
    merge: true,
    read: /^3 assets, 5,000 trail entries; merge planned: 1 conflict, 5,000 new entries$/,
  }),
  csms({
    id: 'csms-merge-chain-20000',
    what: 'a chain of 20,000 merges of one field (overflowed the stack finding who set a value)',
    make: () =>
      sample((b) => {
        b.tables.assets[0] = { ...b.tables.assets[0]!, name: 'Chained' };
        // Started from a name this laptop never had, so the merge cannot settle it and asks who set it.
        b.audit = Array.from({ length: 20_000 }, (_, i) => entry('m', i + 1, { m: i + 1 }, [renamePlc('Chained', 'Elsewhere')], i === 0 ? 'edit' : 'merge'));
      }),
    merge: true,
    read: /^3 assets, 20,000 trail entries; merge planned: 1 conflict, 20,000 new entries$/,
  }),
];
