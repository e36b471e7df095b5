// Draws text as filled glyph outlines, so marks like 草稿 stay out of a PDF's extractable text.
import type { TextSegment } from '../2-slices/slice';

/**
 * Text drawn as filled glyph outlines, not as text: marks that must stay out of what a reader
 * copies or extracts (the 草稿 watermark, a copy's 份号). Returns path operators in the current
 * coordinates, the line's baseline starting at (x, baseline).
 */
const n = (v: number) => String(Math.round(v * 1000) / 1000);

export function outlineOps(line: {
  x: number;
  baseline: number;
  size: number;
  spacing: number;
  segments: readonly TextSegment[];
}): string {
  const out: string[] = [];
  let pen = line.x;
  for (const seg of line.segments) {
    const scale = line.size / seg.face.unitsPerEm;
    for (const ch of seg.text) {
      const cp = ch.codePointAt(0) ?? 0;
      const glyph = seg.face.font.hasGlyphForCodePoint(cp)
        ? seg.face.font.glyphForCodePoint(cp)
        : null;
      if (glyph) {
        const X = (x: number) => n(pen + x * scale);
        const Y = (y: number) => n(line.baseline + y * scale);
        let cx = 0;
        let cy = 0;
        for (const { command, args: a } of glyph.path.commands) {
          switch (command) {
            case 'moveTo':
            case 'lineTo':
              out.push(`${X(a[0] ?? 0)} ${Y(a[1] ?? 0)} ${command === 'moveTo' ? 'm' : 'l'}`);
              [cx, cy] = [a[0] ?? 0, a[1] ?? 0];
              break;
            case 'quadraticCurveTo': {
              // A quadratic Bézier as the cubic PDF draws.
              const [qx, qy, x, y] = [a[0] ?? 0, a[1] ?? 0, a[2] ?? 0, a[3] ?? 0];
              const c1 = [cx + (2 / 3) * (qx - cx), cy + (2 / 3) * (qy - cy)];
              const c2 = [x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y)];
              out.push(
                `${X(c1[0] ?? 0)} ${Y(c1[1] ?? 0)} ${X(c2[0] ?? 0)} ${Y(c2[1] ?? 0)} ${X(x)} ${Y(y)} c`,
              );
              [cx, cy] = [x, y];
              break;
            }
            case 'bezierCurveTo':
              out.push(
                `${X(a[0] ?? 0)} ${Y(a[1] ?? 0)} ${X(a[2] ?? 0)} ${Y(a[3] ?? 0)} ${X(a[4] ?? 0)} ${Y(a[5] ?? 0)} c`,
              );
              [cx, cy] = [a[4] ?? 0, a[5] ?? 0];
              break;
            case 'closePath':
              out.push('h');
              break;
          }
        }
      }
      pen += seg.face.advance(cp) * line.size + line.spacing;
    }
  }
  // Nonzero winding, as TrueType and CFF outlines are drawn.
  return out.length > 0 ? `${out.join(' ')} f` : '';
}
