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

/** Bytes that do not compress (a fixed pseudo-random sequence). */
export const noise = (length: number): Uint8Array => {
  const bytes = new Uint8Array(length);
  for (let i = 0, x = 1; i < length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return bytes;
};

/** Offset of the end-of-central-directory record. */
export const eocdOf = (zip: Uint8Array): number => {
  const view = new DataView(zip.buffer, zip.byteOffset);
  for (let at = zip.length - 22; at >= 0; at--) if (view.getUint32(at, true) === 0x06054b50) return at;
  throw new Error('no EOCD');
};
/** Offsets of every central directory entry. */
export const centralEntries = (zip: Uint8Array): number[] => {
  const view = new DataView(zip.buffer, zip.byteOffset);
  const eocd = eocdOf(zip);
  const out: number[] = [];
  for (let at = view.getUint32(eocd + 16, true), i = 0; i < view.getUint16(eocd + 10, true); i++) {
    out.push(at);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
};
/** A copy of `zip` with `patch` applied to its bytes. */
export function patched(zip: Uint8Array, patch: (view: DataView) => void): Uint8Array {
  const out = zip.slice();
  patch(new DataView(out.buffer));
  return out;
}

/** A member already compressed (raw deflate, method 8) or stored (method 0), with the size and CRC it declares. */
export interface RawMember {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  size: number;
  crc: number;
}

/**
 * Writes a ZIP of members as given, trusting their declared sizes and CRCs: how a crafted archive is made, with
 * compressed data computed once and reused (four 511 MiB members from one stream of zeros).
 */
export function zipOfRaw(members: readonly RawMember[]): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const m of members) {
    const name = enc.encode(m.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, m.method, true);
    lv.setUint32(14, m.crc >>> 0, true);
    lv.setUint32(18, m.data.length, true);
    lv.setUint32(22, m.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const cv = new DataView(entry.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, m.method, true);
    cv.setUint32(16, m.crc >>> 0, true);
    cv.setUint32(20, m.data.length, true);
    cv.setUint32(24, m.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    entry.set(name, 46);
    parts.push(local, m.data);
    central.push(entry);
    offset += local.length + m.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, members.length, true);
  ev.setUint16(10, members.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const part of [...parts, ...central, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
