// Adds every file of a .zip of materials (made on Chinese Windows) to a folio as attachments.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DossierError } from '../../api/errors';
import type { ParsedInputOf } from '../../api/contract';
import { ZipReader, type ZipLimits } from '../../exchange/bundle/zip-reader';
import type { AttachmentRef } from '../../model/folio-parts';
import { folioSchema, type Folio } from '../../model/records';
import { putAttachment } from '../../store/attachments';
import { decodeBase64 } from './uploads';
import { recordHistory } from '../history';
import { checkRev, mustGet, revise } from '../record-edits';
import type { Session } from '../session';

/** How many files one zip of materials may add to a folio. */
const MAX_FILES = 500;

/**
 * 附件 from a .zip of materials (an enterprise's, made on Chinese Windows): every file in it
 * becomes an attachment named by its path in the zip. The zip passes the same checks as a
 * received bundle; nothing is stored until every entry has been read.
 */
export async function addZipMaterials(
  session: Session,
  limits: ZipLimits,
  { folioId, rev, name, dataBase64 }: ParsedInputOf<'attachments.addZip'>,
): Promise<Folio> {
  checkRev(mustGet(session, 'folios', folioId, '项目'), rev, '项目');
  const bytes = decodeBase64(dataBase64);
  if (bytes === null || bytes.length === 0) {
    throw new DossierError('validation', `压缩包“${name}”是空的或无法读取，未添加。`, [
      { path: 'dataBase64', message: '文件无法读取' },
    ]);
  }
  const temp = await mkdtemp(join(tmpdir(), 'dossier-zip-'));
  try {
    const zipPath = join(temp, 'materials.zip');
    await writeFile(zipPath, bytes);
    const zip = await ZipReader.open(zipPath, limits);
    const files = zip.entries.filter((e) => !e.directory);
    const extracted: { name: string; path: string }[] = [];
    try {
      if (files.length === 0)
        throw new DossierError('validation', `压缩包“${name}”里没有文件，未添加。`);
      if (files.length > MAX_FILES) {
        throw new DossierError(
          'validation',
          `压缩包“${name}”有 ${files.length} 个文件，一次最多添加 ${MAX_FILES} 个。`,
        );
      }
      for (const [i, entry] of files.entries()) {
        const path = join(temp, `entry-${i}`);
        await pipeline(Readable.from(zip.read(entry)), createWriteStream(path, { flags: 'wx' }));
        extracted.push({ name: entry.name, path });
      }
    } finally {
      zip.close();
    }
    const stored = [];
    for (const file of extracted)
      stored.push({
        ...(await putAttachment(session.store().dir, file.path)),
        name: file.name,
      });
    const current = mustGet(session, 'folios', folioId, '项目');
    checkRev(current, rev, '项目');
    const at = session.clock.now().toISOString();
    const refs: AttachmentRef[] = stored.map((s) => ({
      id: session.ids(),
      name: s.name,
      sha256: s.sha256,
      size: s.size,
      mime: 'application/octet-stream',
      addedAt: at,
    }));
    const next = recordHistory(
      session,
      current,
      revise(session, current, { attachments: [...current.attachments, ...refs] }, folioSchema),
    );
    await session.commit(
      { put: { folios: [next] } },
      `从压缩包“${name}”添加 ${refs.length} 个附件`,
    );
    return next;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
