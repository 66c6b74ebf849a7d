import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode';
import type { ZipLimits } from '../../../shared/zip/zip-archive';
import { encodeBundle } from '../../../shared/bundle/encode';
import { BundleError, type BundleErrorKind } from '../../../shared/bundle/errors';
import { sampleBundle } from '../../support/sample-bundle';
import {
  dataOffset,
  patchCompressionMethod,
  patchDeclaredSize,
  readJson,
  renameMember,
  repack,
  repackConsistently,
  writeJson,
} from '../../support/zip-surgery';

type Json = Record<string, unknown>;
const text = (s: string) => new TextEncoder().encode(s);

let good: Uint8Array;
let firstEvidenceId: string;
beforeAll(async () => {
  const bundle = await sampleBundle();
  firstEvidenceId = bundle.evidence[0]?.id ?? '';
  good = await encodeBundle(bundle, { appVersion: '0.1.0-test', exportedAt: '2026-11-22T16:10:00.000Z' });
});

async function rejection(bytes: Uint8Array, limits?: Partial<ZipLimits>): Promise<BundleError> {
  const error = await decodeBundle(bytes, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BundleError)) throw new Error(`expected a BundleError, got ${String(error)}`);
  return error;
}

async function expectRefused(bytes: Uint8Array, kind: BundleErrorKind, message: string | RegExp, limits?: Partial<ZipLimits>) {
  const error = await rejection(bytes, limits);
  expect({ kind: error.kind, message: error.message }).toEqual({
    kind,
    message: typeof message === 'string' ? message : expect.stringMatching(message),
  });
}

const editManifest = (edit: (manifest: Json) => void) => (files: Parameters<Parameters<typeof repack>[1]>[0]) => {
  const manifest = readJson(files, 'manifest.json') as Json;
  edit(manifest);
  writeJson(files, 'manifest.json', manifest);
};

describe('decodeBundle refuses files that are not assessments', () => {
  it('a text file', async () => {
    await expectRefused(text('Site notes\n'), 'not-assessment-file', 'This is not a CSMS Assessor file: it is neither a ZIP archive nor an encrypted assessment file.');
  });

  it('a PDF', async () => {
    await expectRefused(text('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'not-assessment-file', 'This is not a CSMS Assessor file: it is neither a ZIP archive nor an encrypted assessment file.');
  });

  it('an empty file', async () => {
    await expectRefused(new Uint8Array(), 'not-assessment-file', 'This is not a CSMS Assessor file: the file is empty.');
  });

  it('a ZIP archive without a manifest', async () => {
    await expectRefused(zipSync({ 'word/document.xml': text('<w/>') }), 'not-assessment-file', 'This is not a CSMS Assessor file: the ZIP archive has no manifest.json.');
  });

  it("a ZIP archive whose manifest is another program's", async () => {
    const zip = repack(
      good,
      editManifest((m) => (m.format = 'chrome-extension')),
    );
    await expectRefused(zip, 'not-assessment-file', 'This is not a CSMS Assessor file: its manifest.json is not a CSMS Assessor manifest.');
  });
});

describe('decodeBundle refuses newer files', () => {
  it('formatVersion 3, whatever else it holds', async () => {
    const zip = repack(good, (files) => {
      writeJson(files, 'manifest.json', { format: 'csms-assessment', formatVersion: 3, layout: 'new' });
      files['new-layout.bin'] = text('?');
    });
    await expectRefused(
      zip,
      'newer-version',
      'This file was written by a newer version of CSMS Assessor (format 3); this version reads format 2. Update the app to open it.',
    );
  });
});

describe('decodeBundle names the damaged member', () => {
  it('a table with one byte changed', async () => {
    const zip = repack(good, (files) => {
      const assets = files['tables/assets.json'] ?? new Uint8Array();
      assets[10] = assets[10] === 0x41 ? 0x42 : 0x41;
    });
    await expectRefused(zip, 'damaged', 'The file is damaged: tables/assets.json does not match its checksum.');
  });

  it('a listed member that is missing', async () => {
    const zip = repack(good, (files) => delete files['tables/risks.json']);
    await expectRefused(zip, 'damaged', 'The file is damaged: tables/risks.json is missing.');
  });

  it('a required member missing from both archive and manifest', async () => {
    const zip = await repackConsistently(good, (files) => delete files['assessment.json']);
    await expectRefused(zip, 'damaged', 'The file is damaged: assessment.json is missing.');
  });

  it('an extra member the manifest does not list', async () => {
    const zip = repack(good, (files) => (files['tables/notes.txt'] = text('hello')));
    await expectRefused(zip, 'damaged', 'The file is damaged: it contains tables/notes.txt, which manifest.json does not list.');
  });

  it('a member listed with a different size', async () => {
    const zip = repack(
      good,
      editManifest((m) => ((m.members as Record<string, Json>)['tables/zones.json']!.size = 1)),
    );
    await expectRefused(zip, 'damaged', /^The file is damaged: tables\/zones\.json is \d+ bytes long but manifest\.json says 1\.$/);
  });

  it('a manifest naming a member outside the format', async () => {
    const zip = repack(
      good,
      editManifest((m) => ((m.members as Json)['../evil.sh'] = { size: 0, sha256: '0'.repeat(64) })),
    );
    await expectRefused(zip, 'damaged', 'The file is damaged: manifest.json: members["../evil.sh"] is not a name this format allows.');
  });

  it('a manifest with a field missing', async () => {
    const zip = repack(
      good,
      editManifest((m) => delete m.exportedAt),
    );
    await expectRefused(zip, 'damaged', 'The file is damaged: manifest.json: exportedAt is missing.');
  });

  it('a manifest that is not JSON', async () => {
    const zip = repack(good, (files) => (files['manifest.json'] = text('{"format": "csms-assessment",')));
    await expectRefused(zip, 'damaged', 'The file is damaged: manifest.json is not valid JSON.');
  });

  it('a table that is not JSON', async () => {
    const zip = await repackConsistently(good, (files) => (files['tables/zones.json'] = text('[{"id": ')));
    await expectRefused(zip, 'damaged', 'The file is damaged: tables/zones.json is not valid JSON.');
  });

  it('a file cut in half', async () => {
    await expectRefused(good.subarray(0, Math.floor(good.length / 2)), 'damaged', /^The file is damaged: its ZIP directory is missing/);
  });

  it('a member whose compressed data is corrupt', async () => {
    const zip = good.slice();
    zip[dataOffset(zip, 'tables/assets.json')] = 0xff; // BTYPE 11: a block type DEFLATE does not have
    await expectRefused(zip, 'damaged', 'The file is damaged: tables/assets.json could not be decompressed.');
  });

  it('a member compressed with a method this app does not read', async () => {
    const zip = patchCompressionMethod(good, 'tables/zones.json', 12); // bzip2
    await expectRefused(zip, 'damaged', 'The file is damaged: tables/zones.json is compressed with method 12, which is not read.');
  });

  it('two members with the same name', async () => {
    const zip = renameMember(good, 'tables/risks.json', 'tables/zones.json');
    await expectRefused(zip, 'damaged', 'The file is damaged: it holds tables/zones.json twice.');
  });
});

describe('decodeBundle names the invalid record', () => {
  it('a record id that is not a UUID', async () => {
    const zip = await repackConsistently(good, (files) => {
      const zones = readJson(files, 'tables/zones.json') as Json[];
      zones[1]!.id = 'zone-2';
      writeJson(files, 'tables/zones.json', zones);
    });
    await expectRefused(zip, 'damaged', 'The file is damaged: tables/zones.json, record 2: id is not a valid UUID.');
  });

  it('a record of another assessment', async () => {
    const zip = await repackConsistently(good, (files) => {
      const risks = readJson(files, 'tables/risks.json') as Json[];
      risks[0]!.assessmentId = '99999999-9999-4999-8999-999999999999';
      writeJson(files, 'tables/risks.json', risks);
    });
    await expectRefused(zip, 'damaged', 'The file is damaged: tables/risks.json, record 1: assessmentId belongs to another assessment.');
  });

  it('a record with a required field missing', async () => {
    const zip = await repackConsistently(good, (files) => {
      const assets = readJson(files, 'tables/assets.json') as Json[];
      delete assets[2]!.createdAt;
      writeJson(files, 'tables/assets.json', assets);
    });
    await expectRefused(zip, 'damaged', 'The file is damaged: tables/assets.json, record 3: createdAt is missing.');
  });

  it('a table that is not a list', async () => {
    const zip = await repackConsistently(good, (files) => writeJson(files, 'tables/actions.json', { rows: [] }));
    await expectRefused(zip, 'damaged', 'The file is damaged: tables/actions.json: the content should be an array.');
  });

  it('an assessment with an unknown sector', async () => {
    const zip = await repackConsistently(good, (files) => {
      const assessment = readJson(files, 'assessment.json') as Json;
      assessment.sector = 'mining';
      writeJson(files, 'assessment.json', assessment);
    });
    await expectRefused(zip, 'damaged', /^The file is damaged: assessment\.json: sector should be "water" or /);
  });

  it('two records with the same id', async () => {
    const zip = await repackConsistently(good, (files) => {
      const assets = readJson(files, 'tables/assets.json') as Json[];
      assets[2]!.id = assets[0]!.id;
      writeJson(files, 'tables/assets.json', assets);
    });
    await expectRefused(zip, 'damaged', 'The file is damaged: tables/assets.json, record 3: id repeats record 1.');
  });

  it('evidence whose size differs from its file', async () => {
    const zip = await repackConsistently(good, (files) => {
      const index = readJson(files, 'evidence/index.json') as Json[];
      index[0]!.size = 5;
      writeJson(files, 'evidence/index.json', index);
    });
    await expectRefused(zip, 'damaged', 'The file is damaged: evidence/index.json, record 1: size does not match the length of the file.');
  });

  it('evidence whose checksum differs from its file', async () => {
    const zip = await repackConsistently(good, (files) => {
      const index = readJson(files, 'evidence/index.json') as Json[];
      index[1]!.sha256 = 'a'.repeat(64);
      writeJson(files, 'evidence/index.json', index);
    });
    await expectRefused(zip, 'damaged', /^The file is damaged: evidence\/index\.json, record 2: sha256 does not match its file evidence\//);
  });

  it('evidence whose file is missing', async () => {
    const zip = await repackConsistently(good, (files) => delete files[`evidence/${firstEvidenceId}`]);
    await expectRefused(zip, 'damaged', `The file is damaged: evidence/index.json, record 1: its file evidence/${firstEvidenceId} is missing.`);
  });

  it('an evidence file no record describes', async () => {
    const stray = 'evidence/77777777-7777-4777-8777-777777777777';
    const zip = await repackConsistently(good, (files) => (files[stray] = text('stray')));
    await expectRefused(zip, 'damaged', `The file is damaged: ${stray} is not described in evidence/index.json.`);
  });

  it('counts in the manifest that disagree with the tables', async () => {
    const zip = repack(
      good,
      editManifest((m) => ((m.counts as Json).zones = 7)),
    );
    await expectRefused(zip, 'damaged', 'The file is damaged: manifest.json counts 7 zones but the file holds 2.');
  });
});

describe('decodeBundle guards against zip bombs', () => {
  const MB = 1024 ** 2;
  // 10 MB of one repeated byte deflates to about 10 KB.
  const bomb = () => repackConsistently(good, (files) => (files['tables/findings.json'] = text(`[${' '.repeat(10 * MB)}]`)));

  it('refuses a member that declares more than the member limit, before inflating it', async () => {
    expect((await bomb()).byteLength).toBeLessThan(100_000);
    await expectRefused(
      await bomb(),
      'too-large',
      'The file is too large to open safely: tables/findings.json would expand to 10 MB (limit 1 MB).',
      { maxMemberBytes: MB },
    );
  });

  it('refuses an archive whose members together declare more than the total limit', async () => {
    await expectRefused(await bomb(), 'too-large', /^The file is too large to open safely: its contents would expand to 10 MB \(limit 5 MB\)\.$/, {
      maxTotalBytes: 5 * MB,
      maxCompressionRatio: 10_000,
    });
  });

  it('does not trust a header that understates the size: inflation stops there and the member is damaged', async () => {
    const lying = patchDeclaredSize(await bomb(), 'tables/findings.json', 100);
    await expectRefused(lying, 'damaged', 'The file is damaged: tables/findings.json does not match its CRC-32 checksum.', {
      maxMemberBytes: MB,
    });
  });

  it('does not trust a header that overstates the size', async () => {
    const lying = patchDeclaredSize(good, 'tables/assets.json', 5000);
    await expectRefused(lying, 'damaged', 'The file is damaged: tables/assets.json does not decompress to the size its ZIP header declares.');
  });

  it('refuses a member compressed a thousand-fold under the default limits, as only crafted files are', async () => {
    await expectRefused(
      await bomb(),
      'too-large',
      'The file is too large to open safely: tables/findings.json is compressed 1,024-fold (limit 500).',
    );
  });

  it('opens the same archive when the limits allow it (10 MB of spaces around "[]" is valid JSON)', async () => {
    await expect(decodeBundle(await bomb(), { maxCompressionRatio: 10_000 })).resolves.toMatchObject({ tables: { findings: [] } });
  });
});
