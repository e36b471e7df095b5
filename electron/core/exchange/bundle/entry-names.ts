// Zip entry names: decoded (UTF-8, GBK), checked against traversal and Windows rules, made unique.
import { crc32 } from 'node:zlib';
import { refuse } from './refusal';

/** The raw name of a zip entry as yauzl gives it with `decodeStrings: false`. */
export interface RawName {
  fileName: Buffer;
  generalPurposeBitFlag: number;
  extraFields: { id: number; data: Buffer }[];
}

export type NameEncoding = 'utf8' | 'unicode-path' | 'gbk' | 'ascii';

const UTF8_FLAG = 0x800;
const UNICODE_PATH_FIELD = 0x7075;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const gbk = new TextDecoder('gbk', { fatal: true });

function isAscii(bytes: Buffer): boolean {
  return bytes.every((b) => b < 0x80);
}

/**
 * The entry's name as written by its maker: UTF-8 when the zip says so, else the Info-ZIP
 * Unicode Path field when its CRC matches the raw name, else GBK (zips made on Chinese Windows).
 */
export function decodeEntryName(raw: RawName): { name: string; encoding: NameEncoding } {
  const bytes = raw.fileName;
  try {
    if (isAscii(bytes)) return { name: utf8.decode(bytes), encoding: 'ascii' };
    if (raw.generalPurposeBitFlag & UTF8_FLAG)
      return { name: utf8.decode(bytes), encoding: 'utf8' };
    const field = raw.extraFields.find((f) => f.id === UNICODE_PATH_FIELD);
    if (field && field.data.length >= 5 && field.data[0] === 1) {
      if (field.data.readUInt32LE(1) === crc32(bytes)) {
        return { name: utf8.decode(field.data.subarray(5)), encoding: 'unicode-path' };
      }
    }
    return { name: gbk.decode(bytes), encoding: 'gbk' };
  } catch {
    throw refuse(
      `压缩包中有文件名无法识别（既不是 UTF-8 也不是 GBK 编码）：${bytes.toString('hex').slice(0, 40)}`,
    );
  }
}

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Characters Windows refuses in a name, and the C0 controls with DEL. */
function hasForbiddenChar(part: string): boolean {
  return [...part].some(
    (ch) => '<>:"|?*'.includes(ch) || (ch.codePointAt(0) ?? 0) < 0x20 || ch === '\x7f',
  );
}
const MAX_NAME_CHARS = 400;

/**
 * Checks a decoded entry name and returns it without a trailing slash. Refuses what could land
 * outside the folder it is extracted to, or that Windows could not hold.
 */
export function checkEntryName(name: string): string {
  const shown = JSON.stringify(name);
  if (name.length === 0) throw refuse('压缩包中有一个没有名字的文件。');
  if (name.length > MAX_NAME_CHARS) throw refuse(`压缩包中的文件名过长：${shown.slice(0, 80)}…`);
  if (name.includes('\\')) throw refuse(`压缩包中的文件名含有反斜杠（\\），可能指向别处：${shown}`);
  if (name.startsWith('/')) throw refuse(`压缩包中的文件名是绝对路径：${shown}`);
  if (/^[A-Za-z]:/.test(name)) throw refuse(`压缩包中的文件名带有盘符：${shown}`);
  const trimmed = name.endsWith('/') ? name.slice(0, -1) : name;
  for (const part of trimmed.split('/')) {
    if (part === '..' || part === '.') {
      throw refuse(`压缩包中的文件名含有“${part}”，会写到目标文件夹之外：${shown}`);
    }
    if (part === '') throw refuse(`压缩包中的文件名含有空的路径段：${shown}`);
    if (hasForbiddenChar(part)) throw refuse(`压缩包中的文件名含有 Windows 不允许的字符：${shown}`);
    if (RESERVED.test(part)) throw refuse(`压缩包中的文件名是 Windows 保留名称：${shown}`);
    if (/[. ]$/.test(part))
      throw refuse(`压缩包中的文件名以点或空格结尾，Windows 无法保存：${shown}`);
  }
  return trimmed;
}

/** The key two names collide under on a case-insensitive file system. */
export function collisionKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** One path segment a Windows Explorer can hold: bad characters become _, reserved names get _. */
export function safeSegment(text: string, fallback: string, maxChars = 80): string {
  const replaced = [...text].map((ch) =>
    ch === '/' || ch === '\\' || hasForbiddenChar(ch) ? '_' : ch,
  );
  let out = replaced.join('').trim();
  out = [...out].slice(0, maxChars).join('');
  out = out.replace(/[. ]+$/, '');
  if (!out) out = fallback;
  if (RESERVED.test(out)) out = `_${out}`;
  return out;
}

/** A name not yet in `taken` (case-insensitively): 文件.pdf, then 文件 (2).pdf … */
export function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const slash = name.lastIndexOf('/');
  const [stem, ext] = dot > slash + 1 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; taken.has(collisionKey(candidate)); n += 1) candidate = `${stem} (${n})${ext}`;
  taken.add(collisionKey(candidate));
  return candidate;
}
