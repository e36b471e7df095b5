// Paints the pack's planned pages in print order (briefings, pictures, attachments) and returns bookmarks.
import type { PDFImage, PDFPage } from '@cantoo/pdf-lib';
import { paintBriefing, type PdfTarget } from '../pdf/pipeline';
import type { LayoutContext } from '../pdf/1-text/layout-context';
import { headingOutline, type OutlineNode } from '../pdf/5-file/outline';
import type { LaidPage } from '../pdf/3-pages/paginate';
import { facesUsed, paintPages, type Furniture, type Pictures } from '../pdf/4-paint/paint';
import {
  pageNumberLine,
  pageNumberProbe,
  type FurnitureLine,
} from '../pdf/2-slices/page-furniture';
import { BLOCK, LINE_PITCH, PAGE } from '../pdf/page-geometry';
import type { ContentsLayout } from './contents-page';
import { linkContents } from './links';
import { placeAt, textSlices } from './pack-text';
import type { PackPlan } from './plan';
import type { ResolvedSection } from './sections';
import { placeAttachmentPages } from './place-attachment';

export interface PackPages {
  cover: LaidPage;
  /** 内部资料 注意保管 over the cover, when asked for. */
  internal: FurnitureLine | null;
  contents: ContentsLayout;
}

const NO_PICTURES: Pictures = { images: new Map(), svgs: new Map() };

/** A picture on a page of its own, fitted to the text block, its caption under it. */
function imagePage(ctx: LayoutContext, image: PDFImage, caption: string): LaidPage {
  const captionSlices = textSlices(ctx, caption, { role: 'kaiti', size: 14, align: 'center' });
  const room = { width: BLOCK.width, height: BLOCK.height - 2 * LINE_PITCH };
  const scale = Math.min(room.width / image.width, room.height / image.height);
  const [width, height] = [image.width * scale, image.height * scale];
  const picture = {
    height: height + LINE_PITCH / 2,
    ops: [{ kind: 'image' as const, index: 0, x: (BLOCK.width - width) / 2, y: 0, width, height }],
    keepWithNext: true,
  };
  return placeAt([picture, ...captionSlices], 0);
}

/**
 * Paints the planned pages into the target's document in print order and returns the bookmark
 * tree: each section, the headings of its briefing under it, then its subsections.
 */
export async function paintPack(
  target: PdfTarget,
  ctx: LayoutContext,
  plan: PackPlan,
  own: PackPages,
): Promise<{ cover: PDFPage; outline: OutlineNode[] }> {
  const { doc, embedder } = target;
  const furniture: Furniture = {
    pageNumber: (n) => pageNumberLine(ctx, n),
    internal: null,
    watermark: null,
  };
  const lines = [pageNumberProbe(ctx), ...(own.internal ? [own.internal] : [])];
  for (const face of facesUsed([own.cover, ...own.contents.pages], lines))
    await embedder.embed(face);

  let cover: PDFPage | undefined;
  let contents: PDFPage[] = [];
  const headings = new Map<ResolvedSection, OutlineNode[]>();
  for (const slot of plan.slots) {
    if (slot.kind === 'cover') {
      const coverFurniture = { ...furniture, internal: own.internal };
      const painted = paintPages(doc, [own.cover], embedder, NO_PICTURES, coverFurniture, null);
      cover = painted[0];
    } else if (slot.kind === 'blank') doc.addPage([PAGE.width, PAGE.height]);
    else if (slot.kind === 'contents')
      contents = paintPages(doc, own.contents.pages, embedder, NO_PICTURES, furniture, slot.first);
    else if (slot.part.kind === 'briefing') {
      const pages = await paintBriefing(target, slot.part.laid, slot.first);
      headings.set(slot.section, headingOutline(slot.part.laid.pages, pages));
    } else if (slot.part.kind === 'image') {
      const laid = imagePage(ctx, slot.part.image, slot.part.caption);
      for (const face of facesUsed([laid], [])) await embedder.embed(face);
      const images = new Map([[0, slot.part.image]]);
      paintPages(doc, [laid], embedder, { images, svgs: new Map() }, furniture, slot.first);
    } else {
      const source = slot.part.source;
      for (const face of facesUsed([], [pageNumberProbe(ctx)])) await embedder.embed(face);
      await placeAttachmentPages(doc, source, embedder, (n) => pageNumberLine(ctx, n), slot.first);
    }
  }
  if (!cover) throw new Error('封面未生成');
  linkContents(doc, own.contents.pages, contents, own.contents.targets);

  const pages = doc.getPages();
  const tree = (list: readonly ResolvedSection[]): OutlineNode[] =>
    list.flatMap((s) => {
      const page = pages[(plan.starts.get(s) ?? 1) - 1];
      if (!page) return [];
      const children = [...(headings.get(s) ?? []), ...tree(s.children)];
      return [{ title: s.title, page, y: PAGE.height, children }];
    });
  return { cover, outline: tree(plan.sections) };
}
