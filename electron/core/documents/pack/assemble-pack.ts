// Builds the meeting pack (会议材料) PDF: cover, contents, 说明, sections, bookmarks and numbered copies.
import { PDFName } from '@cantoo/pdf-lib';
import { loadFontSet } from '../fonts/font-set';
import { layBriefing, newPdfTarget } from '../pdf/pipeline';
import { writeOutline } from '../pdf/5-file/outline';
import { internalMarkLine, pageNumberProbe } from '../pdf/2-slices/page-furniture';
import { missingGlyphsMessage, setDocumentInfo } from '../pdf/write-pdf';
import { cleanPackSpec, oneLine } from './clean-spec';
import { saveCopies } from './copies';
import { contentsPages } from './contents-page';
import { copyNumberLine, coverPage } from './cover';
import { NOTICE_TITLE, noticeBriefing } from './notice-page';
import { textContext } from './pack-text';
import { paintPack } from './paint-pack';
import { planPack } from './plan';
import { resolveSections, type ResolvedSection } from './sections';
import type { PackNotice, PackOptions, PackResult, PackSpec } from './spec';

/**
 * Builds the meeting pack (会议材料): cover, contents, an optional 说明 of what was left out,
 * then the sections — briefings laid out into the same document with one font embedder,
 * attached PDFs merged, pictures on pages of their own — with page numbers through every page,
 * bookmarks mirroring the contents, and one file per numbered copy.
 */
export async function assemblePack(raw: PackSpec, options: PackOptions): Promise<PackResult> {
  // Control characters from the records never reach the cover, contents, 密级 or 份号.
  const spec = cleanPackSpec(raw);
  const fonts =
    options.fontSet ??
    (await loadFontSet({
      ...options.fonts,
      discover: options.discover ?? options.fonts?.discover,
    }));
  const target = await newPdfTarget(fonts, options.missingGlyphs);
  const { doc } = target;
  const ctx = textContext(fonts, target.missing);

  const notices: PackNotice[] = [];
  const sections = await resolveSections(target, spec.sections, notices);
  if (notices.length > 0) {
    const laid = await layBriefing(target, noticeBriefing(notices));
    const notice: ResolvedSection = {
      title: NOTICE_TITLE,
      level: 1,
      part: { kind: 'briefing', laid },
      children: [],
    };
    sections.unshift(notice);
  }
  const copyNumbers = options.copyNumbers.map(oneLine).filter((n) => n !== '');
  const cover = coverPage(ctx, spec.cover, { numbered: copyNumbers.length > 0 });
  const copies = copyNumbers.map((copyNumber) => ({
    copyNumber,
    line: copyNumberLine(ctx, copyNumber),
  }));
  const internal = spec.cover.internal ? internalMarkLine(ctx) : null;
  pageNumberProbe(ctx); // its characters are checked with the rest, before anything is painted
  // The contents' length decides where the sections start; a number's width never changes how
  // an entry wraps, so laying it out again with the real numbers keeps that length.
  const draft = planPack(sections, 0, options.duplex);
  const contentsCount = contentsPages(ctx, draft.contents).pages.length;
  const plan = planPack(sections, contentsCount, options.duplex);
  const contents = contentsPages(ctx, plan.contents);
  if (contents.pages.length !== contentsCount) throw new Error('目录页数在填入页码后发生变化');

  const notDrawable = target.missing.list();
  if (notDrawable.length > 0 && target.missing.policy === 'stop')
    return { ok: false, message: missingGlyphsMessage(notDrawable) };

  const painted = await paintPack(target, ctx, plan, { cover, internal, contents });
  writeOutline(doc, painted.outline);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  setDocumentInfo(doc, {
    title: spec.cover.title.trim() || '会议材料',
    author: spec.cover.issuer ?? '',
    now: options.now,
  });
  return {
    ok: true,
    copies: await saveCopies(doc, painted.cover, target.embedder, copies),
    pageCount: doc.getPageCount(),
    contents: plan.contents,
    notices,
    missingGlyphs: notDrawable,
    problems: [...fonts.problems],
  };
}
