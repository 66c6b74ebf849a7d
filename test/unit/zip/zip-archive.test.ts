import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readMember, readZipDirectory, ZipError, type ZipLimits } from '../../../shared/zip/zip-archive';
import { centralEntries, eocdOf, noise, patched } from '../../support/zip-surgery';

const LIMITS: ZipLimits = { maxMembers: 100, maxMemberBytes: 8 * 1024 ** 2, maxTotalBytes: 16 * 1024 ** 2, maxCompressionRatio: 500 };
const text = (s: string) => new TextEncoder().encode(s);
const twoMembers = () => zipSync({ 'a.txt': text('alpha '.repeat(100)), 'b.txt': [text('beta'), { level: 0 }] }, { level: 6 });
function refusal(run: () => unknown): ZipError {
  try {
    run();
  } catch (error) {
    if (error instanceof ZipError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('the ZIP reader: one strict directory for checking and reading', () => {
  it('lists the members with their sizes and reads each back, checked against size and CRC-32', async () => {
    const zip = twoMembers();
    const members = readZipDirectory(zip, LIMITS);
    expect(members.map((m) => [m.name, m.size, m.method])).toEqual([
      ['a.txt', 600, 8],
      ['b.txt', 4, 0],
    ]);
    expect(new TextDecoder().decode(await readMember(zip, members[1]!))).toBe('beta');
    expect(new TextDecoder().decode(await readMember(zip, members[0]!))).toBe('alpha '.repeat(100));
  });

  it('refuses an end record whose “entries on this disk” and “entries in all” differ', () => {
    const zip = patched(twoMembers(), (v) => v.setUint16(eocdOf(twoMembers()) + 8, 1, true));
    expect(refusal(() => readZipDirectory(zip, LIMITS))).toMatchObject({
      kind: 'damaged',
      message: 'its ZIP directory counts 1 member on this disk but 2 in all',
    });
  });

  it('refuses a directory that holds more, or less, than its end record says', () => {
    const eocd = eocdOf(twoMembers());
    const fewer = patched(twoMembers(), (v) => {
      v.setUint16(eocd + 8, 1, true);
      v.setUint16(eocd + 10, 1, true);
    });
    expect(refusal(() => readZipDirectory(fewer, LIMITS)).message).toBe('its ZIP directory holds more than its members');
    const misplaced = patched(twoMembers(), (v) => v.setUint32(eocd + 16, v.getUint32(eocd + 16, true) - 1, true));
    expect(refusal(() => readZipDirectory(misplaced, LIMITS)).message).toBe('its ZIP directory is not where its end record says');
  });

  it('refuses a file cut short, and bytes after the end record', () => {
    const zip = twoMembers();
    expect(refusal(() => readZipDirectory(zip.subarray(0, zip.length - 10), LIMITS)).message).toMatch(/missing or unreadable/);
    const trailing = new Uint8Array(zip.length + 5);
    trailing.set(zip);
    expect(refusal(() => readZipDirectory(trailing, LIMITS)).message).toMatch(/missing or unreadable/);
  });

  it('refuses a split archive, an encrypted member, an unknown method and a stored member with two sizes', () => {
    const zip = twoMembers();
    const [, second] = centralEntries(zip);
    expect(refusal(() => readZipDirectory(patched(zip, (v) => v.setUint16(eocdOf(zip) + 4, 1, true)), LIMITS))).toMatchObject({
      kind: 'unsupported',
      message: 'it is one part of an archive split over several disks',
    });
    expect(refusal(() => readZipDirectory(patched(zip, (v) => v.setUint16(second! + 8, 1, true)), LIMITS)).message).toBe('b.txt is encrypted');
    expect(refusal(() => readZipDirectory(patched(zip, (v) => v.setUint16(second! + 10, 12, true)), LIMITS)).message).toBe(
      'b.txt is compressed with method 12, which is not read',
    );
    expect(refusal(() => readZipDirectory(patched(zip, (v) => v.setUint32(second! + 24, 5, true)), LIMITS)).message).toBe(
      'b.txt is stored uncompressed but declares two sizes',
    );
  });

  it('refuses members that share their bytes (an overlapping ZIP bomb) and members named twice', () => {
    const zip = twoMembers();
    const [first, second] = centralEntries(zip);
    const view = new DataView(zip.buffer);
    const overlapping = patched(zip, (v) => v.setUint32(second! + 42, view.getUint32(first! + 42, true), true));
    expect(refusal(() => readZipDirectory(overlapping, LIMITS)).message).toBe('two of its members share the same bytes');
    const twice = patched(zip, (v) => v.setUint8(second! + 46, 'a'.charCodeAt(0)));
    expect(refusal(() => readZipDirectory(twice, LIMITS)).message).toBe('it holds a.txt twice');
  });

  it('holds every limit on the directory alone: members, one member, all members, compression ratio', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`m${i}`, text('x')])));
    expect(refusal(() => readZipDirectory(many, LIMITS))).toMatchObject({ kind: 'too-large', message: 'it holds 101 members (limit 100)' });
    const big = zipSync({ 'big.bin': noise(9 * 1024 ** 2) });
    expect(refusal(() => readZipDirectory(big, LIMITS)).message).toBe('big.bin would expand to 9 MB (limit 8 MB)');
    expect(refusal(() => readZipDirectory(big, { ...LIMITS, maxMemberBytes: 10 * 1024 ** 2, maxTotalBytes: 4 * 1024 ** 2 })).message).toBe(
      'its contents would expand to 9 MB (limit 4 MB)',
    );
    const bomb = zipSync({ 'big.bin': new Uint8Array(9 * 1024 ** 2) });
    expect(refusal(() => readZipDirectory(bomb, { ...LIMITS, maxMemberBytes: 10 * 1024 ** 2 })).message).toMatch(
      /^big\.bin is compressed [\d,]+-fold \(limit 500\)$/,
    );
  });

  it('refuses a local header that names another member, a declared size the data does not fill, and a wrong CRC', async () => {
    const zip = twoMembers();
    const [first] = centralEntries(zip);
    const [a] = readZipDirectory(zip, LIMITS);
    const renamed = patched(zip, (v) => v.setUint8(30, 'z'.charCodeAt(0)));
    await expect(readMember(renamed, a!)).rejects.toThrow('a.txt is named z.txt in its own header');
    const overstated = patched(zip, (v) => v.setUint32(first! + 24, 700, true));
    await expect(readMember(overstated, readZipDirectory(overstated, LIMITS)[0]!)).rejects.toThrow(
      'a.txt does not decompress to the size its ZIP header declares',
    );
    const understated = patched(zip, (v) => v.setUint32(first! + 24, 100, true));
    await expect(readMember(understated, readZipDirectory(understated, LIMITS)[0]!)).rejects.toThrow('a.txt does not match its CRC-32 checksum');
    const wrongCrc = patched(zip, (v) => v.setUint32(first! + 16, 1, true));
    await expect(readMember(wrongCrc, readZipDirectory(wrongCrc, LIMITS)[0]!)).rejects.toThrow('a.txt does not match its CRC-32 checksum');
  });
});
