import { ATTACHMENT_MAX_BYTES } from '../api/contract';
import { DossierError } from '../api/errors';
import { singleLineText } from '../model/plain-text';
import type { HandlerSet } from '../api/registry';
import type { AttachmentRef } from '../model/folio-parts';
import { type Folio, folioSchema } from '../model/records';
import { attachmentPath, hasAttachment, putAttachment } from '../store/attachments';
import { recordHistory } from './history';
import { checkRev, mustGet, revise } from './records';
import type { Session } from './session';

/** Opens a stored file with the system's viewer (desktop only); rejects with the reason. */
export type OpenFile = (absolutePath: string, name: string) => Promise<void>;

/** A stored file as the web shell serves it. */
export interface AttachmentFile {
  path: string;
  name: string;
  /** Safe to send as Content-Type. */
  mime: string;
}

const FALLBACK_MIME = 'application/octet-stream';
const MIME_RE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** A bare `type/subtype`, or application/octet-stream for anything else (browsers send ''). */
export function safeMime(mime: string): string {
  const value = mime.trim().toLowerCase();
  return MIME_RE.test(value) ? value : FALLBACK_MIME;
}

/** The last part of a path the browser may have sent, as one line without hidden characters. */
export function cleanFileName(name: string): string {
  const clean = (singleLineText(name).split(/[\\/]/).pop() ?? '').trim();
  return /^\.*$/.test(clean) ? '' : clean;
}

/** Strict base64 (whitespace allowed): null when anything but base64 is in it. */
export function decodeBase64(text: string): Buffer | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return null;
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  const bytes = Buffer.from(compact, 'base64');
  return bytes.length === (compact.length / 4) * 3 - padding ? bytes : null;
}

function fieldError(path: string, message: string): DossierError {
  return new DossierError('validation', message, [{ path, message }]);
}

/** Rounded up, so a file just over the limit never reads as equal to it. */
function megabytes(bytes: number): string {
  return (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1);
}

/** The bytes of an upload, or the reason they are refused (named on dataBase64). */
function uploadBytes(dataBase64: string): Buffer {
  const bytes = decodeBase64(dataBase64);
  if (bytes === null) {
    throw fieldError('dataBase64', '文件内容无法读取（不是有效的 base64 编码），未添加。');
  }
  if (bytes.length === 0) throw fieldError('dataBase64', '文件是空的（0 字节），未添加。');
  if (bytes.length > ATTACHMENT_MAX_BYTES) {
    throw fieldError(
      'dataBase64',
      `文件大小 ${megabytes(bytes.length)} MB，超过 ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB 上限，请压缩或拆分后再上传。`,
    );
  }
  return bytes;
}

function findRef(folio: Folio, attachmentId: string): AttachmentRef {
  const ref = folio.attachments.find((a) => a.id === attachmentId);
  if (!ref) throw new DossierError('not_found', '找不到该附件，可能已被删除。');
  return ref;
}

/** The folio with its attachment list replaced, its history telling what changed. */
function withAttachments(session: Session, current: Folio, attachments: AttachmentRef[]): Folio {
  return recordHistory(session, current, revise(session, current, { attachments }, folioSchema));
}

/** Where a folio's attachment lives on disk; null when the folio or the attachment is unknown. */
export function attachmentFile(
  session: Session,
  folioId: string,
  attachmentId: string,
): AttachmentFile | null {
  if (session.problem()) return null;
  const store = session.store();
  const ref = store.get('folios', folioId)?.attachments.find((a) => a.id === attachmentId);
  if (!ref) return null;
  return { path: attachmentPath(store.dir, ref.sha256), name: ref.name, mime: safeMime(ref.mime) };
}

/**
 * 附件: files kept with a folio. The bytes are stored once by SHA-256 and never deleted here:
 * another folio, the recycle bin or an undo may still point at them.
 */
export function attachmentHandlers(session: Session, openFile?: OpenFile): HandlerSet {
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
  };
}
