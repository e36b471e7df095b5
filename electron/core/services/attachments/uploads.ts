/** What an upload must be before it is stored: strict base64, a size limit, a clean file name, a safe MIME type. */
import { ATTACHMENT_MAX_BYTES } from '../../api/contract';
import { DossierError } from '../../api/errors';
import { singleLineText } from '../../model/plain-text';

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

export function fieldError(path: string, message: string): DossierError {
  return new DossierError('validation', message, [{ path, message }]);
}

/** Rounded up, so a file just over the limit never reads as equal to it. */
function megabytes(bytes: number): string {
  return (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1);
}

/** The bytes of an upload, or the reason they are refused (named on dataBase64). */
export function uploadBytes(dataBase64: string): Buffer {
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
