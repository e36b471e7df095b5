// The pack bench's input: 30 project briefs and 20 attached 10-page PDFs as other programs write them.
import { PDFDocument, rgb, StandardFonts } from '@cantoo/pdf-lib';
import type { PackSection, PackSpec } from '../../electron/core/documents/pack/spec';
import { sampleChapter } from '../core/documents/helpers/sample-briefing';

/** A 10-page PDF as another program writes it: 40 lines of text and a ruled box a page. */
async function brochure(n: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= 10; p += 1) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawRectangle({
      x: 50,
      y: 60,
      width: 495,
      height: 720,
      borderColor: rgb(0.2, 0.2, 0.5),
      borderWidth: 1,
    });
    for (let l = 0; l < 40; l += 1)
      page.drawText(`Attachment ${n}, page ${p}, line ${l + 1}: capacity, investment, schedule.`, {
        x: 64,
        y: 760 - l * 17,
        font,
        size: 10,
      });
  }
  return doc.save();
}

/**
 * The bench's pack: 30 project briefs (two sample chapters each, 3–4 pages) and 20 attached
 * 10-page PDFs, one brief and its attachment per meeting: about 300 pages.
 */
export async function benchPackSpec(): Promise<PackSpec> {
  const meetings: PackSection[] = [];
  for (let i = 1; i <= 30; i += 1) {
    const children: PackSection[] = [
      {
        title: `（一）项目简报`,
        content: {
          title: {
            title: `第${i}号项目推进情况简报`,
            issuer: '陇南市投资促进局',
            date: '2025年3月18日',
          },
          blocks: [...sampleChapter(1, { rows: 6 }), ...sampleChapter(2, { rows: 6 })],
        },
      },
    ];
    if (i <= 20)
      children.push({
        title: '（二）企业介绍材料',
        content: { kind: 'pdf', name: `企业介绍${i}.pdf`, bytes: await brochure(i) },
      });
    meetings.push({ title: `${i}. 第${i}场对接洽谈`, children });
  }
  return {
    cover: {
      title: '赴长三角招商考察会议材料',
      date: '2025年3月8日',
      classification: '秘密★1年',
      internal: true,
      issuer: '陇南市投资促进局',
    },
    sections: [{ title: '一、对接洽谈', children: meetings }],
  };
}

export const BENCH_COPIES = ['000001', '000002', '000003'];
