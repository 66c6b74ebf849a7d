import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { sha256Hex } from '../../shared/bundle/sha256';

/** Helpers that damage `.csms` bytes in controlled ways, for the decoder's error tests. */

const text = new TextEncoder();
const untext = new TextDecoder();

export const readJson = (files: Unzipped, path: string): unknown => JSON.parse(untext.decode(files[path]));
export const writeJson = (files: Unzipped, path: string, value: unknown) => {
  files[path] = text.encode(JSON.stringify(value));
};

/** Unzips, lets `edit` change the members, zips again; the manifest is left as it was. */
export function repack(zip: Uint8Array, edit: (files: Unzipped) => void): Uint8Array {
  const files = unzipSync(zip);
  edit(files);
  return zipSync(files);
}

/** Like repack, then rewrites the manifest's member list to match, so only the edit itself is wrong. */
export async function repackConsistently(zip: Uint8Array, edit: (files: Unzipped) => void): Promise<Uint8Array> {
  const files = unzipSync(zip);
  edit(files);
  const manifest = readJson(files, 'manifest.json') as { members: Record<string, { size: number; sha256: string }> };
  const members: typeof manifest.members = {};
  for (const [path, data] of Object.entries(files))
    if (path !== 'manifest.json') members[path] = { size: data.byteLength, sha256: await sha256Hex(data) };
  writeJson(files, 'manifest.json', { ...manifest, members });
  return zipSync(files);
}

/** Calls `patch` on the local and the central header of a member; offsets are those of the local header. */
function patchHeaders(zip: Uint8Array, name: string, patch: (view: DataView, header: number, isCentral: boolean) => void) {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  let patched = 0;
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    const isCentral = signature === 0x02014b50;
    if (!isCentral && signature !== 0x04034b50) continue;
    const nameLength = view.getUint16(i + (isCentral ? 28 : 26), true);
    const nameStart = i + (isCentral ? 46 : 30);
    if (untext.decode(out.subarray(nameStart, nameStart + nameLength)) !== name) continue;
    patch(view, i, isCentral);
    patched++;
  }
  if (patched !== 2) throw new Error(`expected a local and a central header for ${name}, patched ${patched}`);
  return out;
}

/** Rewrites the uncompressed size a member declares. */
export const patchDeclaredSize = (zip: Uint8Array, name: string, size: number) =>
  patchHeaders(zip, name, (view, at, isCentral) => view.setUint32(at + (isCentral ? 24 : 22), size, true));

/** Rewrites the compression method a member declares (8 = deflate). */
export const patchCompressionMethod = (zip: Uint8Array, name: string, method: number) =>
  patchHeaders(zip, name, (view, at, isCentral) => view.setUint16(at + (isCentral ? 10 : 8), method, true));

/** Renames a member in place to a name of the same length, e.g. to make two members share one name. */
export const renameMember = (zip: Uint8Array, name: string, to: string) =>
  patchHeaders(zip, name, (view, at, isCentral) =>
    new Uint8Array(view.buffer).set(new TextEncoder().encode(to), at + (isCentral ? 46 : 30)),
  );

/** Offset of a member's compressed data, from its local header. */
export function dataOffset(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 30 < zip.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(i + 26, true);
    const extraLength = view.getUint16(i + 28, true);
    if (untext.decode(zip.subarray(i + 30, i + 30 + nameLength)) === name) return i + 30 + nameLength + extraLength;
  }
  throw new Error(`no local header for ${name}`);
}
