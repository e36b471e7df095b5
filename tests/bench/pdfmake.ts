// pdfmake loaded with our shipped faces, and the part of its document definition the bench uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { shippedFacePath, type ShippedFace } from '../../electron/core/documents/fonts/shipped';

/** The part of pdfmake 0.3's document definition the bench uses (it ships no types). */
export interface PdfmakeContent {
  text?: string | { text: string; bold: boolean }[];
  font?: 'Serif' | 'Sans';
  fontSize?: number;
  bold?: boolean;
  alignment?: 'left' | 'center' | 'right' | 'justify';
  lineHeight?: number;
  leadingIndent?: number;
  headlineLevel?: number;
  margin?: number[];
  table?: {
    headerRows: number;
    dontBreakRows: boolean;
    widths: string[];
    body: { text: string; font?: 'Sans'; alignment: string }[][];
  };
}

export interface PdfmakeDocument {
  pageSize: 'A4';
  pageMargins: number[];
  info: { title: string; author: string };
  defaultStyle: { font: 'Serif'; fontSize: number };
  footer: (page: number) => PdfmakeContent;
  content: PdfmakeContent[];
}

type Styles = 'normal' | 'bold' | 'italics' | 'bolditalics';

interface Pdfmake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<Styles, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: PdfmakeDocument): { getBuffer(): Promise<Buffer> };
}

/** pdfmake with our shipped faces in its virtual file system: Serif (regular, bold) and Sans. */
export function loadPdfmake(): Pdfmake {
  const pdfmake = createRequire(import.meta.url)('pdfmake') as Pdfmake;
  const faces: ShippedFace[] = ['serif', 'serifBold', 'sans'];
  for (const face of faces) {
    const path = shippedFacePath(face, []);
    if (!path) throw new Error(`shipped face ${face} not installed`);
    pdfmake.virtualfs.writeFileSync(`${face}.ttf`, readFileSync(path));
  }
  const family = (normal: string, bold: string) => ({
    normal,
    bold,
    italics: normal,
    bolditalics: bold,
  });
  pdfmake.setFonts({
    Serif: family('serif.ttf', 'serifBold.ttf'),
    Sans: family('sans.ttf', 'sans.ttf'),
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  return pdfmake;
}
