// Checks DurableJsonFile: missing and unparsable files, compact writes, no temp files left behind.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import {
  DurableJsonFile,
  UnparsableFileError,
  writeDurable,
  writeDurableWith,
} from '../../../electron/core/store/durable-file';
import { makeTempDir } from '../../helpers/temp-dir';
import { refusing } from './support';

interface Doc {
  title: string;
  items: number[];
}

describe('DurableJsonFile', () => {
  it('reads null for a missing file, so lowdb keeps its defaults', async () => {
    const dir = await makeTempDir();
    const db = new Low<Doc>(new DurableJsonFile<Doc>(join(dir, 'doc.json')), {
      title: '默认',
      items: [],
    });
    await db.read();
    expect(db.data).toEqual({ title: '默认', items: [] });
  });

  it('writes compact JSON through lowdb and reads it back', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'doc.json');
    const db = new Low<Doc>(new DurableJsonFile<Doc>(path), { title: '', items: [] });
    db.data = { title: '招商卷宗', items: [1, 2, 3] };
    await db.write();
    expect(await readFile(path, 'utf8')).toBe('{"title":"招商卷宗","items":[1,2,3]}');
    const again = new Low<Doc>(new DurableJsonFile<Doc>(path), { title: '', items: [] });
    await again.read();
    expect(again.data).toEqual(db.data);
  });

  it('throws a typed error for an unparsable file instead of pretending it is empty', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'doc.json');
    await writeFile(path, '{"title":"截断');
    const adapter = new DurableJsonFile<Doc>(path);
    await expect(adapter.read()).rejects.toThrow(UnparsableFileError);
    await expect(adapter.read()).rejects.toMatchObject({ path });
  });

  it('leaves no temp files behind after many writes', async () => {
    const dir = await makeTempDir();
    const adapter = new DurableJsonFile<Doc>(join(dir, 'doc.json'));
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => adapter.write({ title: `第${i}次`, items: [i] })),
    );
    expect(await readdir(dir)).toEqual(['doc.json']);
    const final = JSON.parse(await readFile(join(dir, 'doc.json'), 'utf8')) as Doc;
    expect(final.title).toMatch(/^第\d+次$/);
  });

  it('removes its temp file when the rename fails, and keeps the target as it was', async () => {
    const dir = await makeTempDir();
    const target = join(dir, 'occupied');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'keep');
    await expect(writeDurable(target, '{"x":1}')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['occupied']);
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('keep');
  });

  it('fails cleanly when the folder does not exist', async () => {
    const dir = await makeTempDir();
    await expect(writeDurable(join(dir, 'nope', 'doc.json'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('writeDurable with renameAfter', () => {
  function deferred() {
    let resolve: () => void = () => undefined;
    let reject: (e: Error) => void = () => undefined;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }
  /** Resolves once a temp file of the write is in the folder: written, waiting to be renamed. */
  async function tempWritten(dir: string): Promise<void> {
    for (;;) {
      if ((await readdir(dir)).some((f) => f.endsWith('.tmp'))) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** A write of "new" over "old", its temp file written, waiting for `gate` to rename. */
  async function gatedWrite() {
    const dir = await makeTempDir();
    const path = join(dir, 'doc.json');
    await writeFile(path, '"old"');
    const gate = deferred();
    const writing = writeDurable(path, '"new"', { renameAfter: gate.promise });
    await tempWritten(dir);
    return { dir, path, gate, writing };
  }

  it('replaces the file only after the awaited work is done', async () => {
    const { dir, path, gate, writing } = await gatedWrite();
    expect(await readFile(path, 'utf8')).toBe('"old"');
    gate.resolve();
    await writing;
    expect(await readFile(path, 'utf8')).toBe('"new"');
    expect(await readdir(dir)).toEqual(['doc.json']);
  });

  it('keeps the old file, removes its temp file and throws when that work fails', async () => {
    const { dir, path, gate, writing } = await gatedWrite();
    gate.reject(new Error('shard write failed'));
    await expect(writing).rejects.toThrow('shard write failed');
    expect(await readFile(path, 'utf8')).toBe('"old"');
    expect(await readdir(dir)).toEqual(['doc.json']);
  });
});

describe('writeDurable of a fresh file (a new shard or page, named by no manifest yet)', () => {
  it('writes it in place: the file holds the bytes and no temp file is made', async () => {
    const dir = await makeTempDir();
    const steps: string[] = [];
    await writeDurableWith((step) => steps.push(step), join(dir, 'folios-3-7.json'), '{"seq":7}', {
      fresh: true,
      syncDir: false,
    });
    expect(await readdir(dir)).toEqual(['folios-3-7.json']);
    expect(await readFile(join(dir, 'folios-3-7.json'), 'utf8')).toBe('{"seq":7}');
    expect(steps).toEqual(['write', 'fsync']);
  });

  it('replaces a file a crash left under the same name', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'folios-3-7.json');
    await writeFile(path, '{"seq":7,"records":[{"id":"半截');
    await writeDurable(path, '{"seq":7,"records":[]}', { fresh: true });
    expect(await readFile(path, 'utf8')).toBe('{"seq":7,"records":[]}');
    expect(await readdir(dir)).toEqual(['folios-3-7.json']);
  });

  for (const failing of ['write', 'fsync'] as const) {
    it(`removes the file when the disk refuses its ${failing}`, async () => {
      const dir = await makeTempDir();
      const refused = writeDurableWith(
        refusing(failing, 'ENOSPC'),
        join(dir, 'folios-3-7.json'),
        '{"seq":7}',
        { fresh: true },
      );
      await expect(refused).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(await readdir(dir)).toEqual([]);
    });
  }
});
