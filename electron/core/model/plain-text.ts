/*
 * Text that cannot deceive. Plain functions, no imports: the record schemas, the documents, the
 * shells and the renderer's inputs all use these, so one rule decides what a field may hold.
 *
 * - A single-line field (a name, a title, a place, a phone number) holds no line break, no
 *   control character (C0, C1), no bidirectional control (U+202A–U+202E, U+2066–U+2069,
 *   U+200E, U+200F, U+061C) and no zero-width character (U+200B–U+200D, U+2060, U+FEFF).
 * - A multi-line field (notes, progress, talking points) keeps its line breaks, as `\n`, and
 *   drops the rest.
 */

/** Line ends of every platform and Unicode's own line and paragraph separators. */
const LINE_BREAKS = /\r\n?|[\n\u0085\u2028\u2029]/g;
/** Controls but tab and line feed, bidi controls, zero-width characters, BOM. */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- finding them is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
/** What a single-line field must not hold: the above, tabs and line breaks. */
const NOT_IN_A_LINE =
  // eslint-disable-next-line no-control-regex -- finding them is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u2028\u2029\ufeff]/;

/** A single-line field's text: line breaks and tabs become spaces, hidden characters go. */
export function singleLineText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(HIDDEN, '');
}

/** A multi-line field's text: line ends become `\n`, tabs spaces, hidden characters go. */
export function multiLineText(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(/\t/g, ' ').replace(HIDDEN, '');
}

/** True when a single-line field would have to change: it holds a break or a hidden character. */
export function breaksTheLine(text: string): boolean {
  return NOT_IN_A_LINE.test(text);
}

/** The message that names the field and says what to do. */
export function hiddenCharactersMessage(label: string): string {
  return `${label}含有换行或不可见的控制字符，请删除后再保存`;
}

/** Characters Windows refuses in a file name (controls are gone by then). */
const NOT_IN_A_FILE_NAME = /[<>:"/\\|?*]/g;
/** CON, PRN, AUX, NUL, COM1–9, LPT1–9 (also with superscript digits), with any extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;
/** An extension kept as it is: a dot and up to 16 letters or digits. */
const EXTENSION = /\.[\p{L}\p{N}]{1,16}$/u;

export interface StemLimit {
  /** Characters (code points). */
  chars: number;
  /** UTF-8 bytes: Linux allows 255 a name, and the extension and a （2） must still fit. */
  bytes: number;
}
/** What a stem may take: 120 characters, and at most 180 bytes (60 Chinese characters). */
export const FILE_STEM_LIMIT: StemLimit = { chars: 120, bytes: 180 };

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** `text` cut whole characters at a time until it fits the limit. */
export function cutToFit(text: string, limit: StemLimit): string {
  const kept: string[] = [];
  let bytes = 0;
  for (const ch of text) {
    const size = utf8Bytes(ch);
    if (kept.length + 1 > limit.chars || bytes + size > limit.bytes) break;
    kept.push(ch);
    bytes += size;
  }
  return kept.join('');
}

/**
 * A file name's stem every file system accepts (Windows is the strictest): one line, no
 * hidden characters, none of <>:"/\|?*, no leading or trailing dots or spaces, not a reserved
 * device name, within `limit`, never empty (`fallback`).
 */
export function safeFileStem(text: string, limit = FILE_STEM_LIMIT, fallback = '文件'): string {
  const tidy = (s: string) => s.replace(/^[. ]+|[. ]+$/g, '');
  const line = singleLineText(text).replace(NOT_IN_A_FILE_NAME, '_').replace(/\s+/g, ' ');
  const stem = tidy(cutToFit(tidy(line), limit));
  if (stem === '') return fallback;
  return RESERVED.test(stem) ? `_${stem}` : stem;
}

/** A whole file name made safe the same way; a plain extension (`.pdf`, `.docx`) is kept. */
export function safeFileName(name: string, fallback = '文件'): string {
  const line = singleLineText(name).trim();
  const ext = EXTENSION.exec(line)?.[0] ?? '';
  const stem = line.slice(0, line.length - ext.length);
  // `.pdf` alone is a stem starting with a dot, not an extension.
  if (stem.replace(/[. ]/g, '') === '') return safeFileStem(line, FILE_STEM_LIMIT, fallback);
  return `${safeFileStem(stem, FILE_STEM_LIMIT, fallback)}${ext}`;
}
