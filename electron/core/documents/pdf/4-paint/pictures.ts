// Pictures in the PDF: embeds images, sizes SVG charts and picks the faces for their labels.
import type { PDFDocument, PDFFont, PDFImage } from '@cantoo/pdf-lib';
import type { LoadedFace } from '../../fonts/face';
import type { FontSet } from '../../fonts/font-set';
import type { PreparedBlock } from '../../prepare';
import type { FontEmbedder } from './font-embedder';
import type { MissingGlyphs } from '../1-text/glyph-items';

/** Images embedded, keyed by block index; a picture that cannot be read stops the build. */
export async function embedImages(
  doc: PDFDocument,
  blocks: readonly PreparedBlock[],
): Promise<Map<number, PDFImage>> {
  const images = new Map<number, PDFImage>();
  for (const [index, block] of blocks.entries()) {
    if (block.kind !== 'image') continue;
    try {
      images.set(
        index,
        block.format === 'png' ? await doc.embedPng(block.data) : await doc.embedJpg(block.data),
      );
    } catch {
      const name = block.caption ? `“${block.caption}”` : `第 ${index + 1} 块`;
      throw new PictureError(`图片${name}无法读取，请换一张 PNG 或 JPEG 图片`);
    }
  }
  return images;
}

export class PictureError extends Error {}

const ROOT = /<svg\b[^>]*>/i;

function attr(tag: string, name: string): number | undefined {
  const m = new RegExp(`\\s${name}="([\\d.]+)`).exec(tag);
  return m?.[1] ? Number(m[1]) : undefined;
}

/** An SVG's natural size: its width and height, else its viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
  const tag = ROOT.exec(svg)?.[0] ?? '';
  const box = /viewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(tag);
  const width = attr(tag, 'width') ?? Number(box?.[1] ?? 0);
  const height = attr(tag, 'height') ?? Number(box?.[2] ?? 0);
  return { width, height };
}

/**
 * pdf-lib's SVG style parser reads only the first property of `style="a:1;b:2"` (it takes the
 * `;` into the next name); a space after each `;` lets it read them all.
 */
export function spacedStyles(svg: string): string {
  return svg.replace(
    /\sstyle="([^"]*)"/g,
    (_, css: string) => ` style="${css.replace(/;\s*/g, '; ')}"`,
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The characters a chart's labels use. */
export function svgText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1] ?? '')
    .join('')
    .replace(/&(#x?[\da-f]+|\w+);/gi, (whole, e: string) => {
      if (e.startsWith('#x') || e.startsWith('#X'))
        return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e] ?? whole;
    });
}

/**
 * The face a chart's labels are drawn in: 黑体's, or the first fallback that has every
 * character. Characters no face has are reported, like any text's.
 */
export function chartFace(fonts: FontSet, text: string, missing: MissingGlyphs): LoadedFace {
  const chars = [...new Set(text.replace(/\s/g, ''))];
  const own = fonts.roles.heiti.face;
  const candidates = [own, ...fonts.chains.heiti];
  const full = candidates.find((f) => chars.every((c) => f.has(c.codePointAt(0) ?? 0)));
  if (full) return full;
  for (const c of chars) if (!candidates.some((f) => f.has(c.codePointAt(0) ?? 0))) missing.add(c);
  return own;
}

/** The fonts map pdf-lib's drawSvg matches `font-family` against: every family the SVG names. */
export async function chartFonts(
  svg: string,
  face: LoadedFace,
  embedder: FontEmbedder,
): Promise<Record<string, PDFFont>> {
  const font = await embedder.embed(face);
  const families = new Set(['sans-serif', 'serif', 'monospace']);
  for (const m of svg.matchAll(/font-family\s*[:=]\s*["']?([^;"'>]+)/g)) {
    const family = (m[1] ?? '')
      .split(',')[0]
      ?.trim()
      .replace(/^["']|["']$/g, '');
    if (family) families.add(family);
  }
  return Object.fromEntries([...families].map((f) => [f, font]));
}
