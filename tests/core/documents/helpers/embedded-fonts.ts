// Test helper: every font embedded in a PDF, parsed by fontkit, with its ToUnicode map.
import fontkit, { type Font } from '@cantoo/fontkit';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFObject,
} from '@cantoo/pdf-lib';

/** An embedded font program as a reader finds it: its name, the font, and glyph → text. */
export interface EmbeddedFont {
  baseFont: string;
  font: Font;
  /** Glyph id → the text its ToUnicode map gives. */
  toUnicode: Map<number, string>;
}

function streamBytes(doc: PDFDocument, obj: PDFObject | undefined): Uint8Array {
  const stream = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  if (!(stream instanceof PDFRawStream)) throw new Error('not a stream');
  return decodePDFRawStream(stream).decode();
}

function hexText(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

/** Parses bfchar and bfrange entries of a ToUnicode CMap. */
export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([\da-f]+)>\s*<([\da-f]+)>/gi)) {
      map.set(parseInt(m[1] ?? '0', 16), hexText(m[2] ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([\da-f]+)>\s*<([\da-f]+)>\s*<([\da-f]+)>/gi)) {
      const [from, to, dst] = [
        parseInt(m[1] ?? '0', 16),
        parseInt(m[2] ?? '0', 16),
        parseInt(m[3] ?? '0', 16),
      ];
      for (let g = from; g <= to; g += 1) map.set(g, String.fromCodePoint(dst + g - from));
    }
  }
  return map;
}

/** Every Type 0 font of a PDF: its name, its font program's bytes and its ToUnicode map. */
export async function type0Fonts(
  bytes: Uint8Array,
): Promise<{ baseFont: string; program: Uint8Array; toUnicode: Map<number, string> }[]> {
  const doc = await PDFDocument.load(bytes);
  const fonts: { baseFont: string; program: Uint8Array; toUnicode: Map<number, string> }[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Subtype')) !== PDFName.of('Type0'))
      continue;
    const descendants = obj.lookup(PDFName.of('DescendantFonts'), PDFArray);
    const cid = descendants.lookup(0, PDFDict);
    const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
    const file = descriptor.get(PDFName.of('FontFile2')) ?? descriptor.get(PDFName.of('FontFile3'));
    const cmap = new TextDecoder('latin1').decode(
      streamBytes(doc, obj.get(PDFName.of('ToUnicode'))),
    );
    fonts.push({
      baseFont: obj.lookup(PDFName.of('BaseFont'), PDFName).decodeText(),
      program: streamBytes(doc, file),
      toUnicode: parseToUnicode(cmap),
    });
  }
  return fonts;
}

/** Every Type 0 font embedded in a PDF, with its font program parsed by fontkit. */
export async function embeddedFonts(bytes: Uint8Array): Promise<EmbeddedFont[]> {
  return (await type0Fonts(bytes)).map(({ baseFont, program, toUnicode }) => {
    const parsed = fontkit.create(program);
    if ('fonts' in parsed) throw new Error('a collection was embedded');
    return { baseFont, font: parsed, toUnicode };
  });
}
