/** The handlers of attachments.* (附件): add a file or a zip of materials, remove, open. */
import type { ZipLimits } from '../../exchange/bundle/zip-reader';
import { DossierError } from '../../api/errors';
import type { HandlerSet } from '../../api/registry';
import type { AttachmentRef } from '../../model/folio-parts';
import { type Folio, folioSchema } from '../../model/records';
import { attachmentPath, hasAttachment, putAttachment } from '../../store/attachments';
import { recordHistory } from '../history';
import { checkRev, mustGet, revise } from '../record-edits';
import type { Session } from '../session';
import type { OpenFile } from './stored-files';
import { cleanFileName, fieldError, safeMime, uploadBytes } from './uploads';
import { addZipMaterials } from './zip-materials';

function findRef(folio: Folio, attachmentId: string): AttachmentRef {
  const ref = folio.attachments.find((a) => a.id === attachmentId);
  if (!ref) throw new DossierError('not_found', '找不到该附件，可能已被删除。');
  return ref;
}

/** The folio with its attachment list replaced, its history telling what changed. */
function withAttachments(session: Session, current: Folio, attachments: AttachmentRef[]): Folio {
  return recordHistory(session, current, revise(session, current, { attachments }, folioSchema));
}

/**
 * 附件: files kept with a folio. The bytes are stored once by SHA-256 and never deleted here:
 * another folio, the recycle bin or an undo may still point at them.
 */
export function attachmentHandlers(
  session: Session,
  openFile: OpenFile | undefined,
  zipLimits: ZipLimits,
): HandlerSet {
  return {
    'attachments.add': async ({ folioId, rev, name, mime, dataBase64 }) => {
      checkRev(mustGet(session, 'folios', folioId, '项目'), rev, '项目');
      const fileName = cleanFileName(name);
      if (!fileName) throw fieldError('name', '文件名无效，请改名后再上传。');
      const stored = await putAttachment(session.store().dir, uploadBytes(dataBase64));
      // Checked again: the folio may have been edited while the bytes were being written.
      const current = mustGet(session, 'folios', folioId, '项目');
      checkRev(current, rev, '项目');
      const ref: AttachmentRef = {
        id: session.ids(),
        name: fileName,
        sha256: stored.sha256,
        size: stored.size,
        mime: safeMime(mime),
        addedAt: session.clock.now().toISOString(),
      };
      const next = withAttachments(session, current, [...current.attachments, ref]);
      await session.commit({ put: { folios: [next] } }, `添加附件“${fileName}”`);
      return next;
    },

    'attachments.remove': async ({ folioId, attachmentId, rev }) => {
      const current = mustGet(session, 'folios', folioId, '项目');
      checkRev(current, rev, '项目');
      const ref = findRef(current, attachmentId);
      const rest = current.attachments.filter((a) => a.id !== attachmentId);
      const next = withAttachments(session, current, rest);
      await session.commit({ put: { folios: [next] } }, `删除附件“${ref.name}”`);
      return next;
    },

    'attachments.open': async ({ folioId, attachmentId }) => {
      const store = session.store();
      const ref = findRef(mustGet(session, 'folios', folioId, '项目'), attachmentId);
      if (!(await hasAttachment(store.dir, ref.sha256))) {
        throw new DossierError(
          'not_found',
          `附件“${ref.name}”的文件在数据文件夹中找不到了，可删除该附件后重新上传。`,
        );
      }
      if (!openFile) {
        const url = `/files/${encodeURIComponent(folioId)}/${encodeURIComponent(attachmentId)}`;
        return { opened: false, url };
      }
      try {
        await openFile(attachmentPath(store.dir, ref.sha256), ref.name);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new DossierError('internal', `无法用系统程序打开附件“${ref.name}”：${reason}`);
      }
      return { opened: true, url: null };
    },

    'attachments.addZip': async (input) => addZipMaterials(session, zipLimits, input),
  };
}
