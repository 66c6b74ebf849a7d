import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeFileSystem } from '../../../electron/main/node-fs';

const fs = createNodeFileSystem();
const bytes = (text: string) => new TextEncoder().encode(text);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'csms-node-fs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createNodeFileSystem', () => {
  it('reads a file as a plain Uint8Array and reports its size', async () => {
    writeFileSync(join(dir, 'a.bin'), Buffer.from([1, 2, 3]));
    const data = await fs.readFile(join(dir, 'a.bin'));
    expect(Object.getPrototypeOf(data)).toBe(Uint8Array.prototype);
    expect([...data]).toEqual([1, 2, 3]);
    expect(await fs.fileSize(join(dir, 'a.bin'))).toBe(3);
  });

  it('writes a new file atomically and leaves no temp file', async () => {
    const target = join(dir, 'report.csms');
    await fs.writeFileAtomic(target, bytes('new content'));
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['report.csms']);
  });

  it('replaces an existing file', async () => {
    const target = join(dir, 'report.csms');
    writeFileSync(target, 'old content that is longer');
    await fs.writeFileAtomic(target, bytes('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['report.csms']);
  });

  it('keeps the old file when the temp file cannot be created', async () => {
    // A 250-byte name is legal; the temp name beside it is not (ENAMETOOLONG), and that works even as root.
    const target = join(dir, `${'r'.repeat(245)}.csms`);
    writeFileSync(target, 'old content');
    await expect(fs.writeFileAtomic(target, bytes('new content'))).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('removes the temp file when the final rename fails', async () => {
    // Renaming a file over a non-empty directory fails after the temp file has been written.
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'keep');
    await expect(fs.writeFileAtomic(target, bytes('new content'))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('keep');
  });

  it('fails when the folder does not exist', async () => {
    await expect(fs.writeFileAtomic(join(dir, 'missing', 'x.csms'), bytes('x'))).rejects.toThrow(/ENOENT/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
