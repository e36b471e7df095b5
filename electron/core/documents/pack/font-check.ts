// Names the fonts an attached PDF uses without embedding them (the standard 14 aside).
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFRef } from '@cantoo/pdf-lib';

/** The 14 standard fonts every PDF reader carries: not embedding them is no risk. */
const STANDARD =
  /^(Times|Helvetica|Courier|Symbol|ZapfDingbats|Arial|TimesNewRoman|CourierNew)(?:[-,].*)?$/i;

const MAX_FONTS = 500;

function dictOf(doc: PDFDocument, value: unknown): PDFDict | undefined {
  const v = value instanceof PDFRef ? doc.context.lookup(value) : value;
  return v instanceof PDFDict ? v : undefined;
}

function embedded(doc: PDFDocument, font: PDFDict): boolean {
  const subtype = font.get(PDFName.of('Subtype'))?.toString();
  if (subtype === '/Type3') return true;
  let target = font;
  if (subtype === '/Type0') {
    const descendants = font.lookup(PDFName.of('DescendantFonts'));
    const first = descendants instanceof PDFArray ? dictOf(doc, descendants.get(0)) : undefined;
    if (first) target = first;
  }
  const descriptor = dictOf(doc, target.get(PDFName.of('FontDescriptor')));
  if (!descriptor) return false;
  return ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(PDFName.of(k)));
}

/**
 * Names of the fonts an attached PDF uses without embedding them (the standard 14 aside): on a
 * machine without them its text may print in another face or not at all. Listed on the 说明 page.
 */
export function unembeddedFonts(doc: PDFDocument): string[] {
  const names = new Set<string>();
  let seen = 0;
  for (const page of doc.getPages()) {
    const resources = dictOf(doc, page.node.Resources());
    const fonts = dictOf(doc, resources?.get(PDFName.of('Font')));
    if (!fonts) continue;
    for (const [, value] of fonts.entries()) {
      seen += 1;
      if (seen > MAX_FONTS) return [...names];
      const font = dictOf(doc, value);
      if (!font || embedded(doc, font)) continue;
      const base = (font.get(PDFName.of('BaseFont'))?.toString() ?? '/?').slice(1);
      const name = base.replace(/^[A-Z]{6}\+/, '');
      if (!STANDARD.test(name)) names.add(name);
    }
  }
  return [...names];
}
