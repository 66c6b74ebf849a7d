import { inflateRaw } from 'node:zlib';

/** A ZIP member as the central directory declares it. */
export interface ZipMember {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  headerOffset: number;
  compressedSize: number;
  size: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_32 = 0xffffffff;

/** The members by name, from the central directory (ZIP64 included); throws when it cannot be read. */
export function zipMembers(zip: Uint8Array): Map<string, ZipMember> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === -1) throw new Error('its ZIP directory is missing');
  let count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE) {
    const zip64 = Number(view.getBigUint64(locator + 8, true));
    if (zip64 + 56 > zip.length || view.getUint32(zip64, true) !== ZIP64_EOCD_SIGNATURE) throw new Error('its ZIP64 directory is damaged');
    count = Number(view.getBigUint64(zip64 + 32, true));
    at = Number(view.getBigUint64(zip64 + 48, true));
  }
  const decoder = new TextDecoder();
  const members = new Map<string, ZipMember>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new Error('its ZIP directory is damaged');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const member: ZipMember = {
      name: decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      headerOffset: view.getUint32(at + 42, true),
    };
    readZip64Sizes(view, at + 46 + nameLength, extraLength, member);
    members.set(member.name, member);
    at += 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  }
  return members;
}

/** Sizes and offsets too large for 32 bits are 0xFFFFFFFF, with the real values in this order in the ZIP64 extra field. */
function readZip64Sizes(view: DataView, from: number, length: number, member: ZipMember): void {
  for (let at = from; at + 4 <= from + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== ZIP64_EXTRA) continue;
    let field = at + 4;
    for (const key of ['size', 'compressedSize', 'headerOffset'] as const) {
      if (member[key] !== MAX_32) continue;
      member[key] = Number(view.getBigUint64(field, true));
      field += 8;
    }
    return;
  }
}

/**
 * A member's bytes, inflated in zlib's thread pool. The output may not pass the declared size, which
 * checkXlsxZip has already held against the ZIP-bomb limits.
 */
export async function memberBytes(zip: Uint8Array, member: ZipMember): Promise<Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = member.headerOffset;
  if (at + 30 > zip.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw new Error(`${member.name} is missing from the ZIP`);
  // The local header's name and extra field may differ in length from the central directory's.
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = zip.subarray(start, start + member.compressedSize);
  if (data.length !== member.compressedSize) throw new Error(`${member.name} is cut short`);
  if (member.method !== 0 && member.method !== 8) throw new Error(`${member.name} is compressed with method ${member.method}, which is not supported`);
  const bytes = member.method === 0 ? data : await inflate(data, member.size);
  if (bytes.length !== member.size) throw new Error(`${member.name} does not decompress to the size its ZIP header declares`);
  return bytes;
}

function inflate(data: Uint8Array, size: number): Promise<Uint8Array> {
  // zlib's default 16 KB chunks cost a callback each: a big sheet inflates four times faster in 1 MB ones.
  const options = { maxOutputLength: Math.max(1, size), chunkSize: Math.min(Math.max(size, 64), 1024 ** 2) };
  return new Promise((resolve, reject) => inflateRaw(data, options, (error, result) => (error ? reject(error) : resolve(result))));
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65,535.
  for (let at = view.byteLength - 22; at >= 0 && at >= view.byteLength - 22 - 0xffff; at--)
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  return -1;
}
