// A loaded font face (bytes, parsed font, glyph advances) and the per-process cache of faces.
import { readFile, stat } from 'node:fs/promises';
import fontkit, { type Font, type FontCollection } from '@cantoo/fontkit';
import type { FontFileRef } from './roles';

/**
 * One loaded face: its file's bytes (what pdf-lib embeds and subsets), the parsed font and a
 * per-character cache of advances, which the layout measures with.
 */
export class LoadedFace {
  private readonly advances = new Map<number, number>();
  readonly unitsPerEm: number;

  constructor(
    readonly file: FontFileRef,
    readonly bytes: Uint8Array,
    readonly font: Font,
    /** Set when the face came out of a collection: pdf-lib needs it to pick the same face. */
    readonly collectionFace: string | undefined,
  ) {
    this.unitsPerEm = font.unitsPerEm;
  }

  get postscriptName(): string {
    return (this.font.postscriptName ?? 'Font').replace(/[^A-Za-z0-9_-]/g, '');
  }

  get isBold(): boolean {
    const sub = `${this.font.subfamilyName ?? ''} ${this.font.postscriptName ?? ''}`;
    return /bold|black|heavy/i.test(sub);
  }

  /** Advance of a character in ems, or -1 when the face has no glyph for it. */
  advance(codePoint: number): number {
    const known = this.advances.get(codePoint);
    if (known !== undefined) return known;
    const glyph = this.font.hasGlyphForCodePoint(codePoint)
      ? this.font.glyphForCodePoint(codePoint)
      : null;
    const em = glyph ? glyph.advanceWidth / this.unitsPerEm : -1;
    this.advances.set(codePoint, em);
    return em;
  }

  has(codePoint: number): boolean {
    return this.advance(codePoint) >= 0;
  }
}

function isCollection(parsed: Font | FontCollection): parsed is FontCollection {
  return 'fonts' in parsed;
}

export function parseFace(file: FontFileRef, bytes: Uint8Array): LoadedFace {
  const parsed = fontkit.create(bytes);
  if (!isCollection(parsed)) return new LoadedFace(file, bytes, parsed, undefined);
  const wanted = file.postscriptName;
  const font =
    (wanted ? parsed.fonts.find((f) => f.postscriptName === wanted) : undefined) ?? parsed.fonts[0];
  if (!font) throw new Error(`字体文件“${file.path}”里没有可用的字体`);
  return new LoadedFace(file, bytes, font, font.postscriptName ?? undefined);
}

/**
 * Loads faces once per process (a face is 10–15 MB; parsing is cheap, reading is not). A file
 * that changed on disk since it was read is read again.
 */
export class FaceCache {
  private readonly faces = new Map<string, { mtimeMs: number; face: Promise<LoadedFace> }>();

  async load(file: FontFileRef): Promise<LoadedFace> {
    const key = `${file.path}#${file.postscriptName ?? ''}`;
    const { mtimeMs } = await stat(file.path);
    const cached = this.faces.get(key);
    if (cached && cached.mtimeMs === mtimeMs) return cached.face;
    const face = readFile(file.path).then((buf) => parseFace(file, new Uint8Array(buf)));
    this.faces.set(key, { mtimeMs, face });
    face.catch(() => this.faces.delete(key));
    return face;
  }
}

export const sharedFaceCache = new FaceCache();
