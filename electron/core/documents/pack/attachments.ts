// Loads a pack's PDF and image attachments, checking each decodes, or gives the reason it cannot go in.
import {
  decodePDFRawStream,
  PDFArray,
  PDFDocument,
  PDFRawStream,
  PDFRef,
  type PDFImage,
  type PDFObject,
} from '@cantoo/pdf-lib';
import type { ImageAttachment, PdfAttachment } from './spec';

/** An attachment that can go in, or the reason it cannot (printed on the 说明 page). */
export type Loaded<T> = { ok: true; value: T } | { ok: false; reason: string };

const MISSING = '文件不存在或无法读取（可能已被移动、改名或删除）';
const MAX_FILE_MB = 40;
/** PNGs are decoded to raw pixels by pdf-lib (4 bytes each): 25 MP is about 100 MB. */
const MAX_PNG_MP = 25;
/** JPEGs are embedded as they are (not decoded); beyond this a printed page gains nothing. */
const MAX_JPEG_MP = 80;

const latin1 = (bytes: Uint8Array, from: number, to: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(
    'latin1',
    Math.max(0, from),
    Math.min(bytes.length, to),
  );

const tooLarge = (bytes: Uint8Array) =>
  bytes.length > MAX_FILE_MB * 2 ** 20
    ? `文件过大（${(bytes.length / 2 ** 20).toFixed(0)} MB），超过 ${MAX_FILE_MB} MB 的上限`
    : null;

/** Every content stream of every page resolves and decodes: a damaged file fails here. */
function contentIntact(doc: PDFDocument): boolean {
  for (const page of doc.getPages()) {
    const contents: PDFObject | undefined = page.node.Contents();
    if (contents === undefined) continue;
    const items = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const item of items) {
      const stream = item instanceof PDFRef ? doc.context.lookup(item) : item;
      if (!(stream instanceof PDFRawStream)) return false;
      decodePDFRawStream(stream).decode();
    }
  }
  return true;
}

/**
 * Reads an attached PDF strictly: pdf-lib alone would quietly drop what it cannot parse (a
 * truncated 10-page file loads as 7 pages), so any invalid object, a page tree that counts more
 * pages than it holds, or a content stream that does not decode refuses the file.
 */
export async function loadPdfAttachment(a: PdfAttachment): Promise<Loaded<PDFDocument>> {
  const bytes = a.bytes;
  if (!bytes) return { ok: false, reason: MISSING };
  const large = tooLarge(bytes);
  if (large) return { ok: false, reason: large };
  if (!latin1(bytes, 0, 1024).includes('%PDF-'))
    return { ok: false, reason: '不是 PDF 文件（文件内容与扩展名不符）' };
  const encrypted = /\/Encrypt\b/.test(latin1(bytes, bytes.length - 4096, bytes.length));
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
    if (doc.isEncrypted) throw new Error('encrypted');
    const declared = doc.catalog.Pages().Count().asNumber();
    if (declared !== doc.getPageCount() || !contentIntact(doc)) throw new Error('damaged');
  } catch {
    return encrypted || /\/Encrypt\b/.test(latin1(bytes, 0, bytes.length))
      ? { ok: false, reason: '文件已加密（设有密码或权限限制），无法并入；请取得未加密的版本' }
      : { ok: false, reason: '文件已损坏，无法完整读取；请重新下载或另存后再加入' };
  }
  if (doc.getPageCount() === 0) return { ok: false, reason: 'PDF 中没有页面' };
  return { ok: true, value: doc };
}

/** Width and height from a PNG's IHDR or a JPEG's SOF marker; null when neither is found. */
export function imageSize(
  bytes: Uint8Array,
): { format: 'png' | 'jpeg'; width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && latin1(bytes, 1, 4) === 'PNG')
    return { format: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1] ?? 0;
    const length = view.getUint16(i + 2);
    const sof = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (sof) return { format: 'jpeg', width: view.getUint16(i + 7), height: view.getUint16(i + 5) };
    i += 2 + length;
  }
  return null;
}

/** Embeds an attached picture, refusing a file that is not one, or is too large to print. */
export async function embedImageAttachment(
  doc: PDFDocument,
  a: ImageAttachment,
): Promise<Loaded<PDFImage>> {
  const bytes = a.bytes;
  if (!bytes) return { ok: false, reason: MISSING };
  const large = tooLarge(bytes);
  if (large) return { ok: false, reason: large };
  const size = imageSize(bytes);
  if (!size) return { ok: false, reason: '不是 PNG 或 JPEG 图片，或图片已损坏' };
  const mp = (size.width * size.height) / 1e6;
  const limit = size.format === 'png' ? MAX_PNG_MP : MAX_JPEG_MP;
  if (mp > limit)
    return {
      ok: false,
      reason: `图片过大（${size.width}×${size.height} 像素，约 ${mp.toFixed(0)} 百万像素），超过 ${limit} 百万像素的上限；请缩小后再加入`,
    };
  try {
    const image = size.format === 'png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
    // pdf-lib decodes PNGs when saving; do it now so a corrupt one is caught here.
    await image.embed();
    return { ok: true, value: image };
  } catch {
    return { ok: false, reason: '图片已损坏，无法读取' };
  }
}
