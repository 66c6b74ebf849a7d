import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/main/ipc/handlers';
import { invokeHandler } from '../../../electron/main/ipc/invoke';
import { EVIDENCE_MAX_BYTES, mimeTypeOf } from '../../../shared/evidence/evidence-file';
import { testMainContext } from '../../support/main-context';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csms-evidence-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const open = (path: string | null, fileSize?: number) =>
  invokeHandler(
    handlers,
    'evidenceOpenFile',
    {},
    testMainContext({
      chooseOpenPath: async () => path,
      ...(fileSize === undefined ? {} : { fs: { ...testMainContext().fs, fileSize: async () => fileSize } }),
    }),
    (error) => {
      throw error;
    },
  );

describe('evidence file channel', () => {
  it('returns the chosen file with its name, type, size and SHA-256', async () => {
    const bytes = Buffer.from('%PDF-1.7 firewall rule review, signed 2026-11-20');
    const path = join(dir, 'Firewall review.pdf');
    await writeFile(path, bytes);
    const result = await open(path);
    expect(result).toEqual({
      ok: true,
      value: {
        status: 'opened',
        fileName: 'Firewall review.pdf',
        mimeType: 'application/pdf',
        size: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        data: new Uint8Array(bytes),
      },
    });
  });

  it('says cancelled when no file is chosen', async () => {
    expect(await open(null)).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('refuses a file over the limit without reading it, naming the file and the limit', async () => {
    const result = await open(join(dir, 'plant-walkdown.mov'), EVIDENCE_MAX_BYTES + 1);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-file', message: expect.stringMatching(/“plant-walkdown\.mov” is .* up to 50 MB/) } });
  });

  it('says which file could not be read', async () => {
    expect(await open(join(dir, 'gone.png'))).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('“gone.png”') } });
  });

  it('knows the common evidence types and falls back to octet-stream', () => {
    expect(mimeTypeOf('photo.JPG')).toBe('image/jpeg');
    expect(mimeTypeOf('policy.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(mimeTypeOf('capture.pcapng')).toBe('application/octet-stream');
    expect(mimeTypeOf('README')).toBe('application/octet-stream');
  });
});
