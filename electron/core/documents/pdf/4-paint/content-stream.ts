// ContentStream: a page's PDF content stream written as text, with compact numbers and fake bold.
import { deflateSync } from 'node:zlib';
import type { PDFDocument, PDFFont, PDFPage, PDFRawStream } from '@cantoo/pdf-lib';
import type { FontEmbedder, PageFonts } from './font-embedder';
import type { Rgb, TextSegment } from '../2-slices/slice';

/** Stroke width that thickens a regular face into a passable bold (no bold face at hand). */
const SYNTHETIC_BOLD = 0.035;

/** A number as content streams want it: at most three decimals, never an exponent. */
const n = (v: number) => String(Math.round(v * 1000) / 1000);
const rgb = (c: Rgb) => c.map(n).join(' ');

/**
 * A page's content stream written as text. pdf-lib's operator objects format every number
 * through a slow path and compress with a JavaScript deflate; at 100 pages that was a third of
 * the build. Pictures still go through pdf-lib (XObjects, SVG).
 */
export class ContentStream {
  private readonly parts: string[] = [];
  private lastFont: PDFFont | undefined;
  private lastSize = 0;

  constructor(
    private readonly fonts: FontEmbedder,
    private readonly pageFonts: PageFonts,
  ) {}

  raw(ops: string): void {
    this.parts.push(ops);
  }

  /** One line of text at (x, baseline): one BT…ET, a Tj per face. */
  text(line: {
    x: number;
    baseline: number;
    size: number;
    spacing: number;
    segments: readonly TextSegment[];
    color?: Rgb;
  }): void {
    if (line.segments.length === 0) return;
    const out = [`BT ${n(line.spacing)} Tc 1 0 0 1 ${n(line.x)} ${n(line.baseline)} Tm`];
    // Fill and stroke (synthetic bold strokes) in the colour, inside a saved state.
    if (line.color) out.unshift(`q ${rgb(line.color)} rg ${rgb(line.color)} RG`);
    this.lastFont = undefined;
    let bold = false;
    let spacing = line.spacing;
    for (const seg of line.segments) {
      const want = seg.spacing ?? line.spacing;
      if (want !== spacing) {
        out.push(`${n(want)} Tc`);
        spacing = want;
      }
      const font = this.fonts.get(seg.face);
      if (font !== this.lastFont || line.size !== this.lastSize) {
        out.push(`${this.pageFonts.key(font).toString()} ${n(line.size)} Tf`);
        this.lastFont = font;
        this.lastSize = line.size;
      }
      if (seg.syntheticBold !== bold) {
        bold = seg.syntheticBold;
        out.push(bold ? `2 Tr ${n(line.size * SYNTHETIC_BOLD)} w` : '0 Tr');
      }
      out.push(`${font.encodeText(seg.text).toString()} Tj`);
    }
    if (bold) out.push('0 Tr');
    out.push('ET');
    if (line.color) out.push('Q');
    this.parts.push(out.join(' '));
  }

  /** Straight lines stroked as one path, black unless a colour is given. */
  rules(
    lines: readonly { x1: number; y1: number; x2: number; y2: number }[],
    width: number,
    color?: Rgb,
  ): void {
    if (lines.length === 0) return;
    const out = [`q ${n(width)} w${color ? ` ${rgb(color)} RG` : ''}`];
    for (const l of lines) out.push(`${n(l.x1)} ${n(l.y1)} m ${n(l.x2)} ${n(l.y2)} l`);
    out.push('S Q');
    this.parts.push(out.join(' '));
  }

  xobject(key: string, x: number, y: number, width: number, height: number): void {
    this.parts.push(`q ${n(width)} 0 0 ${n(height)} ${n(x)} ${n(y)} cm ${key} Do Q`);
  }

  /** Marked content: `Artifact` for page furniture, `Figure` for pictures. */
  begin(tag: 'Artifact' | 'Figure'): void {
    this.parts.push(`/${tag} BMC`);
  }

  end(): void {
    this.parts.push('EMC');
  }

  /** The stream, compressed with Node's zlib, not yet on a page. */
  stream(doc: PDFDocument): PDFRawStream {
    const bytes = deflateSync(Buffer.from(this.parts.join('\n'), 'latin1'), { level: 6 });
    return doc.context.stream(bytes, { Filter: 'FlateDecode' });
  }

  /** Adds the stream to the page. */
  attach(doc: PDFDocument, page: PDFPage): void {
    page.node.addContentStream(doc.context.register(this.stream(doc)));
  }
}
