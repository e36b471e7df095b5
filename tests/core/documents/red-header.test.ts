// 版头 (GB/T 9704 7.2): the issuing unit in red 小标宋 over a red rule as wide as the text block, in the PDF and in Word.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingText } from '../../../electron/core/documents/briefing-text';
import { writeBriefingDocx } from '../../../electron/core/documents/docx/write-docx';
import type { Briefing } from '../../../electron/core/documents/model';
import { BLOCK, PAGE } from '../../../electron/core/documents/pdf/page-geometry';
import { makeTempDir } from '../../helpers/temp-dir';
import { buildPdf, hasTool } from './helpers/build';
import { docxParts, docxText, readDocx } from './helpers/read-docx';
import { bodyItems } from './helpers/read-pdf';
import { openBriefingCore } from './templates/helpers';

const ORGAN = '陇南市投资促进局';

const model = (redHeader?: string): Briefing => ({
  title: {
    title: '关于重点项目推进情况的报告',
    issuer: ORGAN,
    date: '2026年11月25日',
    copyNumber: '000001',
    ...(redHeader ? { redHeader } : {}),
  },
  blocks: [{ kind: 'paragraph', text: '现将有关情况报告如下。' }],
});

/** Page 1 as RGB pixels (pdftoppm's PPM), and a test for a red pixel. */
async function renderRgb(bytes: Uint8Array, dpi: number) {
  const file = join(await makeTempDir('dossier-red-'), 'in.pdf');
  await writeFile(file, bytes);
  const run = spawnSync('pdftoppm', ['-f', '1', '-l', '1', '-r', String(dpi), file], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(
    run.stdout.subarray(0, 64).toString('latin1'),
  );
  if (!header) throw new Error(run.stderr.toString());
  const width = Number(header[1]);
  const data = run.stdout.subarray(header[0].length);
  const scale = 72 / dpi;
  const red = (x: number, y: number) => {
    const at = (Math.round(y / scale) * width + Math.round(x / scale)) * 3;
    const [r = 0, g = 0, b = 0] = [data[at], data[at + 1], data[at + 2]];
    return r > 180 && g < 90 && b < 90;
  };
  return { red };
}

describe('版头', () => {
  it('prints the organ in red 小标宋 between the 份号 and the title, over a red rule as wide as the block', async () => {
    const { bytes, read } = await buildPdf(model(ORGAN));
    const items = bodyItems(read.pages[0] ?? { width: 0, height: 0, items: [] });
    const order = items.map((i) => i.str);
    expect(order.indexOf('000001')).toBeLessThan(order.indexOf(ORGAN));
    expect(order.indexOf(ORGAN)).toBeLessThan(order.findIndex((s) => s.startsWith('关于')));
    const organ = items.find((i) => i.str === ORGAN);
    if (!organ) throw new Error('no 版头');
    expect(organ.height).toBe(36);
    // Centred on the block.
    expect(Math.abs(organ.x + organ.width / 2 - (BLOCK.left + BLOCK.width / 2))).toBeLessThan(1);
    if (!hasTool('pdftoppm')) return;
    const page = await renderRgb(bytes, 72);
    const top = PAGE.height - organ.y; // the name's baseline, from the page's top
    // Red ink in the name's em box; the title, below, is black.
    let redInName = 0;
    for (let x = organ.x; x < organ.x + organ.width; x += 1)
      for (let y = top - 30; y < top; y += 1) if (page.red(x, y)) redInName += 1;
    expect(redInName).toBeGreaterThan(200);
    // The rule: a red row under the name that spans the block from edge to edge.
    let ruleRow = -1;
    for (let y = Math.round(top); y < top + 40 && ruleRow < 0; y += 1)
      if (page.red(BLOCK.left + 1, y) && page.red(BLOCK.right - 1, y) && page.red(300, y))
        ruleRow = y;
    expect(ruleRow).toBeGreaterThan(top);
    expect(page.red(BLOCK.left - 4, ruleRow)).toBe(false);
    expect(page.red(BLOCK.right + 4, ruleRow)).toBe(false);
    const title = items.find((i) => i.str.startsWith('关于'));
    expect(PAGE.height - (title?.y ?? 0)).toBeGreaterThan(ruleRow + 20);
  });

  it('leaves no 版头 and no red when the briefing does not ask for one', async () => {
    const { bytes, read } = await buildPdf(model());
    expect(bodyItems(read.pages[0] ?? { width: 0, height: 0, items: [] })[1]?.str).toMatch(/^关于/);
    if (!hasTool('pdftoppm')) return;
    const page = await renderRgb(bytes, 36);
    let red = 0;
    for (let x = 0; x < PAGE.width; x += 2)
      for (let y = 0; y < PAGE.height / 2; y += 2) if (page.red(x, y)) red += 1;
    expect(red).toBe(0);
  });

  it('writes Word’s 发文机关标志 style: red, centred, a 2 pt red rule under it, in reading order', async () => {
    const docx = await readDocx((await writeBriefingDocx(model(ORGAN))).bytes);
    expect(docxText(...docxParts(docx))).toEqual(briefingText(model(ORGAN)));
    expect(briefingText(model(ORGAN)).slice(0, 3)).toEqual([
      '000001',
      ORGAN,
      '关于重点项目推进情况的报告',
    ]);
    const paragraph = /<w:p><w:pPr><w:pStyle w:val="DossierRedHeader"\/>[\s\S]*?<\/w:p>/.exec(
      docx.document,
    )?.[0];
    expect(paragraph).toContain(`>${ORGAN}</w:t>`);
    expect(paragraph).toContain('<w:sz w:val="72"/>');
    const styles = (await docx.part('word/styles.xml')) ?? '';
    const style = /<w:style [^>]*w:styleId="DossierRedHeader">[\s\S]*?<\/w:style>/.exec(
      styles,
    )?.[0];
    expect(style).toContain('<w:name w:val="发文机关标志"/>');
    expect(style).toContain('<w:color w:val="E60012"/>');
    expect(style).toContain('<w:bottom w:val="single" w:sz="16" w:space="0" w:color="E60012"/>');
    expect(style).toContain('<w:jc w:val="center"/>');
  });

  it('is asked for with the redHeader mark, and names the issuing unit', async () => {
    const core = await openBriefingCore();
    const [folio] = core.session.store().all('folios');
    if (!folio) throw new Error('the demo has folios');
    const request = { template: 'projectBrief', folioId: folio.id } as const;
    expect(core.compose(request).briefing.title.redHeader).toBeUndefined();
    await core.call('workspace.update', { issuerUnit: ORGAN });
    const marked = core.compose(request, { internal: false, draft: false, redHeader: true });
    expect(marked.briefing.title.redHeader).toBe(ORGAN);
  });
});
