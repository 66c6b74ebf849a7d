import { buf as crc32Of } from 'crc-32';
import { inflateSync } from 'fflate';
import { formatByteSize } from '../format/byte-size';

/**
 * The one ZIP reader for every archive the app opens (.xlsx workbooks, .csms files): the central directory is read
 * strictly and every limit is checked on it before a byte is inflated; inflating never passes the declared size,
 * and the result must match the declared size and CRC-32. Checking and reading use the same directory, so no
 * field one reads and the other ignores can slip a member past the limits.
 */

export interface ZipMember {
  name: string;
  /** 0 stored, 8 deflated (the only two methods read). */
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

export interface ZipLimits {
  maxMembers: number;
  /** Largest inflated size of one member. */
  maxMemberBytes: number;
  /** Largest inflated size of all members together. */
  maxTotalBytes: number;
  /** Most a member over a megabyte may be compressed (inflated size ÷ stored size). */
  maxCompressionRatio: number;
}

/** Deflate cannot pass about 1,030:1; real documents stay far below a few dozen. */
const RATIO_CHECKED_ABOVE = 1024 ** 2;

/** Why an archive was not read: damaged (or crafted to confuse), over a limit, or using a feature not read. */
export class ZipError extends Error {
  constructor(
    readonly kind: 'damaged' | 'too-large' | 'unsupported',
    message: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

const damaged = (detail: string) => new ZipError('damaged', detail);

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;
const ENCRYPTED_FLAG = 0x0001;

interface Directory {
  count: number;
  offset: number;
  size: number;
}

/** The members in directory order; throws ZipError when the directory is damaged, inconsistent or over a limit. */
export function readZipDirectory(zip: Uint8Array, limits: ZipLimits): ZipMember[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const directory = readDirectoryRecord(view);
  if (directory.count > limits.maxMembers)
    throw new ZipError('too-large', `it holds ${directory.count.toLocaleString('en')} members (limit ${limits.maxMembers.toLocaleString('en')})`);
  const members: ZipMember[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder();
  let at = directory.offset;
  for (let i = 0; i < directory.count; i++) {
    if (at + 46 > directory.offset + directory.size || view.getUint32(at, true) !== CENTRAL) throw damaged('its ZIP directory is damaged');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > directory.offset + directory.size) throw damaged('its ZIP directory is damaged');
    const member: ZipMember = {
      name: decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      headerOffset: view.getUint32(at + 42, true),
    };
    readZip64Fields(view, at + 46 + nameLength, extraLength, member);
    if (view.getUint16(at + 8, true) & ENCRYPTED_FLAG) throw new ZipError('unsupported', `${member.name} is encrypted`);
    if (names.has(member.name)) throw damaged(`it holds ${member.name} twice`);
    names.add(member.name);
    members.push(member);
    at = next;
  }
  if (at !== directory.offset + directory.size) throw damaged('its ZIP directory holds more than its members');
  checkLimits(members, limits);
  checkPlacement(members, directory.offset);
  return members;
}

/** The end-of-central-directory record (and its ZIP64 form), checked against itself and the file. */
function readDirectoryRecord(view: DataView): Directory {
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === -1) throw damaged('its ZIP directory is missing or unreadable (the file may be cut short)');
  const disk = view.getUint16(eocd + 4, true);
  const directoryDisk = view.getUint16(eocd + 6, true);
  let onThisDisk: number = view.getUint16(eocd + 8, true);
  let count: number = view.getUint16(eocd + 10, true);
  let size: number = view.getUint32(eocd + 12, true);
  let offset: number = view.getUint32(eocd + 16, true);
  let end = eocd;
  const locator = eocd - 20;
  const zip64 = locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR;
  if (zip64) {
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD) throw damaged('its ZIP64 directory is damaged');
    onThisDisk = Number(view.getBigUint64(record + 24, true));
    count = Number(view.getBigUint64(record + 32, true));
    size = Number(view.getBigUint64(record + 40, true));
    offset = Number(view.getBigUint64(record + 48, true));
    end = record;
  } else if ([count, onThisDisk].includes(MAX_16) || [size, offset].includes(MAX_32)) {
    throw damaged('its ZIP directory points to a ZIP64 record that is not there');
  }
  if (disk !== 0 || directoryDisk !== 0) throw new ZipError('unsupported', 'it is one part of an archive split over several disks');
  // Readers that trust one count and checkers that trust the other can be played against each other.
  if (onThisDisk !== count)
    throw damaged(`its ZIP directory counts ${onThisDisk} member${onThisDisk === 1 ? '' : 's'} on this disk but ${count} in all`);
  if (offset + size !== end) throw damaged('its ZIP directory is not where its end record says');
  return { count, offset, size };
}

/** Sizes and offsets too large for 32 bits are 0xFFFFFFFF, with the real values in this order in the ZIP64 extra field. */
function readZip64Fields(view: DataView, from: number, length: number, member: ZipMember): void {
  const wanted = (['size', 'compressedSize', 'headerOffset'] as const).filter((key) => member[key] === MAX_32);
  if (wanted.length === 0) return;
  for (let at = from; at + 4 <= from + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== ZIP64_EXTRA) continue;
    if (at + 4 + 8 * wanted.length > from + length) break;
    wanted.forEach((key, i) => (member[key] = Number(view.getBigUint64(at + 4 + 8 * i, true))));
    return;
  }
  throw damaged(`${member.name} lacks the ZIP64 sizes its directory entry refers to`);
}

function checkLimits(members: readonly ZipMember[], limits: ZipLimits): void {
  let total = 0;
  for (const m of members) {
    if (m.method !== 0 && m.method !== 8) throw new ZipError('unsupported', `${m.name} is compressed with method ${m.method}, which is not read`);
    if (m.method === 0 && m.compressedSize !== m.size) throw damaged(`${m.name} is stored uncompressed but declares two sizes`);
    if (m.size > limits.maxMemberBytes)
      throw new ZipError('too-large', `${m.name} would expand to ${formatByteSize(m.size)} (limit ${formatByteSize(limits.maxMemberBytes)})`);
    if (m.size > RATIO_CHECKED_ABOVE && m.size > m.compressedSize * limits.maxCompressionRatio)
      throw new ZipError(
        'too-large',
        `${m.name} is compressed ${Math.round(m.size / Math.max(m.compressedSize, 1)).toLocaleString('en')}-fold (limit ${limits.maxCompressionRatio})`,
      );
    total += m.size;
  }
  if (total > limits.maxTotalBytes)
    throw new ZipError('too-large', `its contents would expand to ${formatByteSize(total)} (limit ${formatByteSize(limits.maxTotalBytes)})`);
}

/** Every member's local header lies before the directory, and no two members start at the same place. */
function checkPlacement(members: readonly ZipMember[], directoryOffset: number): void {
  const starts = members.map((m) => m.headerOffset).sort((a, b) => a - b);
  for (let i = 0; i < starts.length; i++) {
    if ((starts[i] as number) + 30 > directoryOffset) throw damaged('a member lies outside the archive');
    // Members sharing their bytes are how overlapping ZIP bombs multiply one stream.
    if (i > 0 && starts[i] === starts[i - 1]) throw damaged('two of its members share the same bytes');
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65,535, which must end the file.
  for (let at = view.byteLength - 22; at >= 0 && at >= view.byteLength - 22 - MAX_16; at--)
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) === view.byteLength) return at;
  return -1;
}

/** A member's stored bytes, after checking its local header agrees with the directory. */
export function storedBytes(zip: Uint8Array, member: ZipMember): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = member.headerOffset;
  if (at + 30 > zip.length || view.getUint32(at, true) !== LOCAL) throw damaged(`${member.name} is missing from the archive`);
  const nameLength = view.getUint16(at + 26, true);
  // The local header's extra field may differ in length from the directory's; its name may not.
  const localName = new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength));
  if (localName !== member.name) throw damaged(`${member.name} is named ${localName} in its own header`);
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  if (start + member.compressedSize > zip.length) throw damaged(`${member.name} is cut short`);
  return zip.subarray(start, start + member.compressedSize);
}

/** Inflates raw deflate data into at most `size` bytes. */
export type RawInflater = (data: Uint8Array, size: number) => Uint8Array | Promise<Uint8Array>;

/** fflate, writing into a buffer of the declared size: a stream that would grow past it is cut there (and fails the CRC). */
export const inflateWithFflate: RawInflater = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

/** A member's bytes, inflated within its declared size and checked against its size and CRC-32. */
export async function readMember(zip: Uint8Array, member: ZipMember, inflate: RawInflater = inflateWithFflate): Promise<Uint8Array> {
  const stored = storedBytes(zip, member);
  let bytes: Uint8Array;
  try {
    bytes = member.method === 0 ? stored : await inflate(stored, member.size);
  } catch {
    throw damaged(`${member.name} could not be decompressed`);
  }
  if (bytes.length !== member.size) throw damaged(`${member.name} does not decompress to the size its ZIP header declares`);
  if (crc32Of(bytes) >>> 0 !== member.crc32) throw damaged(`${member.name} does not match its CRC-32 checksum`);
  return bytes;
}
