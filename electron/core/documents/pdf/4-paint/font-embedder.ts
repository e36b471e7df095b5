// Embeds font faces into a PDF as subsets, once per document, with subset tags.
import fontkit, { type Font, type Glyph } from '@cantoo/fontkit';
import type { PDFDocument, PDFFont, PDFName, PDFPage } from '@cantoo/pdf-lib';
import type { LoadedFace } from '../../fonts/face';

/**
 * The face as pdf-lib sees it: `layout` maps each character to its default glyph, with no
 * shaping. That is what the layout measured, and what a reader extracts; fontkit's shaper
 * otherwise swaps glyphs (digits after `=` became fraction numerators, 5 units narrower).
 */
function unshaped(font: Font): Font {
  const layout = (text: string) => ({
    glyphs: [...text]
      .map((ch) => font.glyphForCodePoint(ch.codePointAt(0) ?? 0))
      .filter((g): g is Glyph => g !== null),
  });
  return Object.create(font, { layout: { value: layout } }) as Font;
}

/** A six-letter subset tag (`ABCDEF+Name`): readers take a font without one for unsubset. */
function subsetTag(n: number): string {
  let tag = '';
  let v = n * 7919 + 104729;
  for (let i = 0; i < 6; i += 1) {
    tag += String.fromCharCode(65 + (v % 26));
    v = Math.floor(v / 26);
  }
  return tag;
}

/**
 * Embeds faces as subsets, once per document. pdf-lib gets the fontkit font the layout already
 * parsed (and whose glyph cache is warm) instead of parsing the 10–15 MB file again.
 */
export class FontEmbedder {
  private readonly embedded = new Map<LoadedFace, PDFFont>();

  constructor(private readonly doc: PDFDocument) {
    doc.registerFontkit({
      create: (bytes: Uint8Array, postscriptName?: string) => {
        if (this.pending?.bytes === bytes) return unshaped(this.pending.font);
        return postscriptName ? fontkit.create(bytes, postscriptName) : fontkit.create(bytes);
      },
    });
  }

  private pending: LoadedFace | undefined;

  async embed(face: LoadedFace): Promise<PDFFont> {
    const known = this.embedded.get(face);
    if (known) return known;
    this.pending = face;
    const font = await this.doc.embedFont(face.bytes, {
      subset: true,
      customName: `${subsetTag(this.embedded.size)}+${face.postscriptName}`,
      postscriptName: face.collectionFace,
    });
    this.pending = undefined;
    this.embedded.set(face, font);
    return font;
  }

  /** The font of an already embedded face. */
  get(face: LoadedFace): PDFFont {
    const font = this.embedded.get(face);
    if (!font) throw new Error(`字体“${face.postscriptName}”未嵌入`);
    return font;
  }
}

/** Font resource names of one page, one per font. */
export class PageFonts {
  private readonly keys = new Map<PDFFont, PDFName>();

  constructor(private readonly page: PDFPage) {}

  key(font: PDFFont): PDFName {
    let key = this.keys.get(font);
    if (!key) {
      key = this.page.node.newFontDictionary(font.name, font.ref);
      this.keys.set(font, key);
    }
    return key;
  }
}
