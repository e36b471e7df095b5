// Lays out or loads every pack section's material (briefing, PDF, picture); what fails becomes a notice.
import type { PDFDocument, PDFImage } from '@cantoo/pdf-lib';
import type { Briefing } from '../model';
import { layBriefing, type LaidBriefing, type PdfTarget } from '../pdf/pipeline';
import { embedImageAttachment, loadPdfAttachment, type Loaded } from './attachments';
import { unembeddedFonts } from './font-check';
import { isBriefing, type PackNotice, type PackSection, type SectionContent } from './spec';

/** What a section puts on pages: a briefing laid out, a PDF to merge, or a picture. */
export type Part =
  | { kind: 'briefing'; laid: LaidBriefing }
  | { kind: 'pdf'; source: PDFDocument }
  | { kind: 'image'; image: PDFImage; caption: string };

export const partPages = (part: Part): number =>
  part.kind === 'briefing'
    ? part.laid.pages.length
    : part.kind === 'pdf'
      ? part.source.getPageCount()
      : 1;

export interface ResolvedSection {
  title: string;
  level: number;
  part: Part | null;
  children: ResolvedSection[];
}

const contentName = (c: SectionContent, title: string) =>
  isBriefing(c) ? c.title.title || title : c.name;

/** A page holding a title and one sentence: an empty section, or one whose material failed. */
export function notePage(title: string, text: string): Briefing {
  return { title: { title }, blocks: [{ kind: 'paragraph', text }] };
}

async function load(
  target: PdfTarget,
  content: SectionContent,
  title: string,
): Promise<Loaded<Part>> {
  if (isBriefing(content)) {
    try {
      return { ok: true, value: { kind: 'briefing', laid: await layBriefing(target, content) } };
    } catch (error) {
      // An unreadable picture (PictureError) or a malformed table (Error) in the briefing's data;
      // a TypeError or the like is a bug and is not dressed up as a notice.
      if (!(error instanceof Error) || error instanceof TypeError || error instanceof RangeError)
        throw error;
      return { ok: false, reason: `材料无法生成：${error.message}` };
    }
  }
  if (content.kind === 'pdf') {
    const loaded = await loadPdfAttachment(content);
    return loaded.ok ? { ok: true, value: { kind: 'pdf', source: loaded.value } } : loaded;
  }
  const image = await embedImageAttachment(target.doc, content);
  return image.ok
    ? { ok: true, value: { kind: 'image', image: image.value, caption: title } }
    : image;
}

/**
 * Lays out or loads every section's material. What cannot go in is listed in `notices`; a
 * section left with nothing to show (no material, no children) gets a page saying why, so the
 * contents never points at a page that is not there.
 */
export async function resolveSections(
  target: PdfTarget,
  sections: readonly PackSection[],
  notices: PackNotice[],
  level = 1,
): Promise<ResolvedSection[]> {
  const resolved: ResolvedSection[] = [];
  for (const section of sections) {
    const title = section.title.trim() || '（无标题）';
    let part: Part | null = null;
    let note = '本部分暂无材料。';
    if (section.content) {
      const loaded = await load(target, section.content, title);
      if (loaded.ok) {
        part = loaded.value;
        const missing = part.kind === 'pdf' ? unembeddedFonts(part.source) : [];
        if (missing.length > 0)
          notices.push({
            name: contentName(section.content, title),
            reason: `字体未嵌入（${missing.slice(0, 5).join('、')}${missing.length > 5 ? ' 等' : ''}），在没有这些字体的电脑上文字可能显示不全`,
            included: true,
          });
      } else {
        const name = contentName(section.content, title);
        notices.push({ name, reason: loaded.reason });
        note = `材料“${name}”未能编入本册：${loaded.reason}。详见说明页。`;
      }
    }
    const children = await resolveSections(target, section.children ?? [], notices, level + 1);
    if (!part && children.length === 0)
      part = { kind: 'briefing', laid: await layBriefing(target, notePage(title, note)) };
    resolved.push({ title, level, part, children });
  }
  return resolved;
}
