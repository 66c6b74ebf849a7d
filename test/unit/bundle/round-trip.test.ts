import { unzip, unzipSync, type UnzipFileInfo } from 'fflate';
import { describe, expect, it } from 'vitest';
import { RECORD_TABLES } from '../../../shared/bundle/bundle';
import { decodeBundle, decodeBundleWithManifest } from '../../../shared/bundle/decode';
import { encodeBundle } from '../../../shared/bundle/encode';
import { BUNDLE_FORMAT_VERSION, tablePath } from '../../../shared/bundle/format';
import { sha256Hex } from '../../../shared/bundle/sha256';
import { SAMPLE_ASSESSMENT_ID, sampleBundle } from '../../support/sample-bundle';

const META = { appVersion: '0.1.0-test', exportedAt: '2026-11-22T16:10:00.000Z' };

function listEntries(zip: Uint8Array): Promise<UnzipFileInfo[]> {
  const entries: UnzipFileInfo[] = [];
  return new Promise((resolve, reject) =>
    unzip(zip, { filter: (e) => (entries.push(e), false) }, (error) => (error ? reject(error) : resolve(entries))),
  );
}

describe('encodeBundle → decodeBundle', () => {
  it('gives back the same bundle, extra feature fields, non-ASCII names and binary evidence included', async () => {
    const bundle = await sampleBundle();
    const decoded = await decodeBundle(await encodeBundle(bundle, META));
    expect(decoded).toEqual(bundle);
    expect(decoded.tables.assets[0]).toMatchObject({ nested: { a: [1, null] } });
    expect(decoded.evidence.map((e) => e.fileName)).toEqual(['Übersicht Netzwerk – 図.txt', 'photo.jpg']);
    expect(decoded.evidence[1]?.data).toBeInstanceOf(Uint8Array);
  });

  it('writes the manifest first, then the members in a fixed order, each listed with size and SHA-256', async () => {
    const bundle = await sampleBundle();
    const zip = await encodeBundle(bundle, META);
    const names = (await listEntries(zip)).map((e) => e.name);
    expect(names).toEqual([
      'manifest.json',
      'assessment.json',
      ...RECORD_TABLES.map(tablePath),
      'audit.json',
      'evidence/index.json',
      ...bundle.evidence.map((e) => `evidence/${e.id}`),
    ]);
    const files = unzipSync(zip);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest).toMatchObject({
      format: 'csms-assessment',
      formatVersion: BUNDLE_FORMAT_VERSION,
      appVersion: META.appVersion,
      exportedAt: META.exportedAt,
      assessment: { id: SAMPLE_ASSESSMENT_ID, name: 'Riverside WTP' },
      counts: { assessment: 1, zones: 2, conduits: 1, assets: 3, answers: 1, evidence: 2, risks: 1, findings: 0, actions: 0, audit: 0 },
    });
    expect(Object.keys(manifest.members)).toEqual(names.slice(1));
    const assets = files['tables/assets.json'] ?? new Uint8Array();
    expect(manifest.members['tables/assets.json']).toEqual({ size: assets.byteLength, sha256: await sha256Hex(assets) });
    const index = JSON.parse(new TextDecoder().decode(files['evidence/index.json']));
    expect(index[0]).not.toHaveProperty('data');
  });

  it('is deterministic and stores already-compressed evidence without deflating it again', async () => {
    const bundle = await sampleBundle();
    const first = await encodeBundle(bundle, META);
    expect(await encodeBundle(bundle, META)).toEqual(first);
    const byName = new Map((await listEntries(first)).map((e) => [e.name, e]));
    expect(byName.get(`evidence/${bundle.evidence[1]?.id}`)?.compression).toBe(0); // image/jpeg
    expect(byName.get(`evidence/${bundle.evidence[0]?.id}`)?.compression).toBe(8); // text/plain
    expect(byName.get('tables/assets.json')?.compression).toBe(8);
  });

  it('returns the manifest beside the bundle for callers that report on the file', async () => {
    const { manifest, bundle } = await decodeBundleWithManifest(await encodeBundle(await sampleBundle(), META));
    expect(manifest.exportedAt).toBe(META.exportedAt);
    expect(manifest.counts.evidence).toBe(bundle.evidence.length);
  });

  it('round-trips an empty assessment', async () => {
    const bundle = await sampleBundle();
    for (const t of RECORD_TABLES) bundle.tables[t] = [];
    bundle.evidence = [];
    expect(await decodeBundle(await encodeBundle(bundle, META))).toEqual(bundle);
  });
});
