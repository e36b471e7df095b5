/** The bundle's zip writer: what it writes opens in our hostile-input reader and in JSZip, ZIP64 too. */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ZipReader } from '../../../electron/core/exchange/bundle/zip-reader';
import { ZipWriter } from '../../../electron/core/exchange/bundle/zip-writer';
import { makeTempDir } from '../../helpers/temp-dir';

const mtime = new Date(2024, 4, 1, 10, 20, 30);
const TEXT = `天水麻辣烫招商推介\n${'产业链'.repeat(20_000)}`;
const BINARY = Buffer.alloc(300_000, 7);

async function writeSample(path: string, forceZip64: boolean): Promise<void> {
  const file = createWriteStream(path);
  const zip = new ZipWriter(file, { forceZip64 });
  await zip.addBuffer('records.json', Buffer.from('{"名称":"项目甲"}'), { mtime, level: 1 });
  const chunks = [Buffer.from(TEXT.slice(0, 10)), Buffer.from(TEXT.slice(10))];
  await zip.addStream('项目甲/推介.txt', Readable.from(chunks), { mtime, level: 6 });
  await zip.addStream('项目甲/图纸.bin', Readable.from([BINARY]), { mtime });
  await zip.addStream('项目甲/空.bin', Readable.from([]), { mtime });
  await zip.finish();
  await finished(file);
}

describe('the bundle zip writer', () => {
  for (const forceZip64 of [false, true]) {
    it(`writes entries both readers take back byte for byte${forceZip64 ? ' (ZIP64 records)' : ''}`, async () => {
      const path = join(await makeTempDir(), 'out.zip');
      await writeSample(path, forceZip64);

      const reader = await ZipReader.open(path);
      try {
        expect(reader.entries.map((e) => e.name)).toEqual([
          'records.json',
          '项目甲/推介.txt',
          '项目甲/图纸.bin',
          '项目甲/空.bin',
        ]);
        const text = reader.find('项目甲/推介.txt');
        if (!text) throw new Error('entry missing');
        expect((await reader.bytes(text, 10_000_000, 'text')).toString('utf8')).toBe(TEXT);
        // Deflated text is smaller than it is; stored files are as big as they are.
        expect(text.raw.compressedSize).toBeLessThan(text.size / 10);
        const binary = reader.find('项目甲/图纸.bin');
        if (!binary) throw new Error('entry missing');
        expect(binary.raw.compressionMethod).toBe(0);
        expect((await reader.bytes(binary, 10_000_000, 'bin')).equals(BINARY)).toBe(true);
      } finally {
        reader.close();
      }

      const other = await JSZip.loadAsync(await readFile(path));
      expect(await other.file('records.json')?.async('string')).toBe('{"名称":"项目甲"}');
      expect(await other.file('项目甲/推介.txt')?.async('string')).toBe(TEXT);
      expect(await other.file('项目甲/空.bin')?.async('string')).toBe('');
      expect(other.file('项目甲/图纸.bin')?.date.getMinutes()).toBe(20);
    });
  }

  it('fails the entry when its source fails, instead of writing a short file as whole', async () => {
    const path = join(await makeTempDir(), 'broken.zip');
    const file = createWriteStream(path);
    const zip = new ZipWriter(file);
    async function* failing() {
      yield Buffer.from('前半部分');
      throw new Error('磁盘读取错误');
    }
    await expect(zip.addStream('a.bin', Readable.from(failing()), { mtime })).rejects.toThrow(
      '磁盘读取错误',
    );
    file.destroy();
  });
});
