import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDialogOptions, MainContext } from '../../../electron/main/ipc/context';
import { handlers } from '../../../electron/main/ipc/handlers';
import { invokeHandler } from '../../../electron/main/ipc/invoke';
import type { ApiName } from '../../../shared/ipc/channels';
import type { Request } from '../../../shared/ipc/contract';
import { P12_MAX_BYTES, type SigningIdentity } from '../../../shared/report/signing';
import { testMainContext } from '../../support/main-context';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csms-signing-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const call = <K extends ApiName>(name: K, request: Request<K>, context: Partial<MainContext> = {}) =>
  invokeHandler(handlers, name, request, testMainContext(context), (_name, error) => {
    throw error;
  });

const ANA = { commonName: 'Ana Ruiz', organisation: 'Acme Water', email: 'ana.ruiz@example.org', passphrase: 'Riverside-2026!', validityYears: 2 };

describe('signing channels', () => {
  it('create an identity whose .p12 opens again with its passphrase, and with no other', async () => {
    const created = await call('signingCreateIdentity', ANA);
    if (!created.ok) throw new Error(created.error.message);
    const identity: SigningIdentity = created.value;
    expect(identity.fileName).toBe('Ana Ruiz (self-signed).p12');
    // testMainContext's clock: 22 November 2026, 09:30 local time.
    expect(identity.certificate).toMatchObject({ commonName: 'Ana Ruiz', notBefore: new Date(2026, 10, 22, 9, 30).toISOString(), selfSigned: true });

    const inspected = await call('signingInspect', { fileName: identity.fileName, p12: identity.p12, passphrase: ANA.passphrase });
    expect(inspected).toEqual({ ok: true, value: identity.certificate });
    expect(await call('signingInspect', { fileName: identity.fileName, p12: identity.p12, passphrase: 'riverside-2026' })).toEqual({
      ok: false,
      error: { code: 'bad-file', message: 'The passphrase does not open “Ana Ruiz (self-signed).p12”.' },
    });
  });

  it('check the new identity form before making a key', async () => {
    expect(await call('signingCreateIdentity', { ...ANA, passphrase: 'short' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('open a chosen .p12 file as it is, offering .p12 and .pfx files', async () => {
    const bytes = new Uint8Array([0x30, 0x82, 0x01, 0x02, 0x03]);
    const path = join(dir, 'Ana work.pfx');
    await writeFile(path, bytes);
    const asked: FileDialogOptions[] = [];
    const result = await call('signingOpenP12', {}, { chooseOpenPath: async (options) => (asked.push(options), path) });
    expect(result).toEqual({ ok: true, value: { status: 'opened', fileName: 'Ana work.pfx', p12: bytes } });
    expect(asked[0]?.filters[0]?.extensions).toEqual(['p12', 'pfx']);
  });

  it('say cancelled when no file is chosen', async () => {
    expect(await call('signingOpenP12', {})).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('refuse a file too large to be a certificate without reading it, and an empty one', async () => {
    const fs = testMainContext().fs;
    const readFile = async (): Promise<Uint8Array> => {
      throw new Error('must not be read');
    };
    const oversized = await call('signingOpenP12', {}, { chooseOpenPath: async () => join(dir, 'backup.pfx'), fs: { ...fs, fileSize: async () => P12_MAX_BYTES + 1, readFile } });
    expect(oversized).toEqual({
      ok: false,
      error: { code: 'bad-file', message: '“backup.pfx” is 1 MB, too large for a certificate file (.p12 or .pfx files are a few KB). Choose the file that holds your signing certificate.' },
    });
    const empty = await call('signingOpenP12', {}, { chooseOpenPath: async () => join(dir, 'empty.p12'), fs: { ...fs, fileSize: async () => 0, readFile } });
    expect(empty).toMatchObject({ ok: false, error: { code: 'bad-file', message: expect.stringMatching(/^“empty\.p12” is empty\./) } });
  });

  it('say which file could not be read', async () => {
    expect(await call('signingOpenP12', {}, { chooseOpenPath: async () => join(dir, 'gone.p12') })).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringContaining('“gone.p12”') },
    });
  });
});
