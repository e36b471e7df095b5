// Checks content-addressed attachments: stored once by hash, streamed in, no temp files, bad hashes refused.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  attachmentPath,
  hasAttachment,
  putAttachment,
} from '../../../electron/core/store/attachments';
import { makeTempDir } from '../../helpers/temp-dir';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('attachments by content hash', () => {
  it('stores bytes once under attachments/<first2>/<sha256>', async () => {
    const dir = await makeTempDir();
    const bytes = Buffer.from('天水市重点产业链投资机会清单', 'utf8');
    const ref = await putAttachment(dir, bytes);
    expect(ref).toEqual({ sha256: sha(bytes), size: bytes.length });
    const path = attachmentPath(dir, ref.sha256);
    expect(path).toBe(join(dir, 'attachments', ref.sha256.slice(0, 2), ref.sha256));
    expect(await readFile(path)).toEqual(bytes);
    expect(await hasAttachment(dir, ref.sha256)).toBe(true);
    expect(await hasAttachment(dir, '0'.repeat(64))).toBe(false);
  });

  it('deduplicates: the same content from bytes or from a file is stored once', async () => {
    const dir = await makeTempDir();
    const source = join(await makeTempDir(), '项目册.pdf');
    const bytes = Buffer.alloc(300_000, 7);
    await writeFile(source, bytes);
    const a = await putAttachment(dir, bytes);
    const { mtimeMs } = await stat(attachmentPath(dir, a.sha256));
    const b = await putAttachment(dir, source);
    const c = await putAttachment(dir, bytes);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect((await stat(attachmentPath(dir, a.sha256))).mtimeMs).toBe(mtimeMs);
    const buckets = await readdir(join(dir, 'attachments'));
    expect(buckets).toEqual([a.sha256.slice(0, 2)]);
    expect(await readdir(join(dir, 'attachments', a.sha256.slice(0, 2)))).toEqual([a.sha256]);
  });

  it('copies a file in by streaming and leaves no temp file behind', async () => {
    const dir = await makeTempDir();
    const source = join(await makeTempDir(), 'photo.jpg');
    const bytes = Buffer.from(Array.from({ length: 100_000 }, (_, i) => i % 251));
    await writeFile(source, bytes);
    const ref = await putAttachment(dir, source);
    expect(ref.sha256).toBe(sha(bytes));
    expect(await readFile(attachmentPath(dir, ref.sha256))).toEqual(bytes);
    expect((await readdir(join(dir, 'attachments'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('rejects anything that is not a sha256 as a path', () => {
    expect(() => attachmentPath('/data', '../../etc/passwd')).toThrow('附件编号无效');
  });
});
