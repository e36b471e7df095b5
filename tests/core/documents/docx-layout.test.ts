// Checks the DOCX writer's GB/T 9704 layout: page grid, styles, faces, numbering, headers, same text as PDF.
import { describe, expect, it } from 'vitest';
import { briefingText } from '../../../electron/core/documents/briefing-text';
import { writeBriefingDocx } from '../../../electron/core/documents/docx/write-docx';
import type { Briefing } from '../../../electron/core/documents/model';
import { docxText, readDocx, runs, xmlParses } from './helpers/read-docx';
import { sampleBriefing } from './helpers/sample-briefing';

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

async function build(model: Briefing) {
  const result = await writeBriefingDocx(model);
  return { ...result, docx: await readDocx(result.bytes) };
}

describe('DOCX writer: GB/T 9704 layout', () => {
  it('puts A4 in literal twips, the margins rounded from millimetres, and 22 lines × 28 characters', async () => {
    const { docx } = await build(sampleBriefing());
    expect(docx.document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const margin = /<w:pgMar ([^>]*)\/>/.exec(docx.document)?.[1] ?? '';
    expect(margin).toContain(`w:top="${twips(37)}"`);
    expect(margin).toContain(`w:bottom="${twips(35)}"`);
    expect(margin).toContain(`w:left="${twips(28)}"`);
    expect(margin).toContain(`w:right="${twips(26)}"`);
    const grid = /<w:docGrid ([^>]*)\/>/.exec(docx.document)?.[1] ?? '';
    // A line grid of 22; 28 characters from condensing each one (LibreOffice cannot squeeze
    // characters into a character grid's cells narrower than the face).
    expect(grid).toContain('w:type="lines"');
    const pitch = Number(/w:linePitch="(-?\d+)"/.exec(grid)?.[1]);
    const styles = (await docx.part('word/styles.xml')) ?? '';
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)?.[0] ?? '';
    const spacing = Number(/<w:spacing w:val="(-?\d+)"\/>/.exec(defaults)?.[1]);
    expect(defaults).toContain('<w:sz w:val="32"/>');
    const blockHeight = 16838 - twips(37) - twips(35);
    const blockWidth = 11906 - twips(28) - twips(26);
    expect(Math.floor(blockHeight / pitch)).toBe(22);
    // A 16 pt character advances 320 twips plus the spacing; 28 of them fill the line.
    expect(Math.floor(blockWidth / (16 * 20 + spacing))).toBe(28);
  });

  it('sets the faces in named styles, each naming its East Asian face, and runs only bold', async () => {
    const { docx } = await build(sampleBriefing(1, { pictures: true }));
    const styles = (await docx.part('word/styles.xml')) ?? '';
    const used = new Set(
      [...docx.document.matchAll(/<w:pStyle w:val="(\w+)"\/>/g)].map((m) => m[1]),
    );
    expect(used.size).toBeGreaterThanOrEqual(8);
    for (const id of used) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(
        styles,
      )?.[0];
      expect(style, id).toBeDefined();
    }
    const face = (id: string) => {
      const style =
        new RegExp(`<w:style [^>]*w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      return /w:eastAsia="([^"]+)"/.exec(style)?.[1];
    };
    expect(face('DossierBody')).toBe('仿宋_GB2312');
    expect(face('DossierHeading1')).toBe('黑体');
    expect(face('DossierHeading2')).toBe('楷体_GB2312');
    expect(face('DossierTitle')).toBe('方正小标宋简体');
    expect(face('DossierCell')).toBe('仿宋_GB2312');
    // Runs of the body repeat no faces or sizes: their paragraph's style carries them.
    const bodyRuns = runs(docx.document).filter((r) => r.includes('<w:t'));
    expect(bodyRuns.length).toBeGreaterThan(50);
    for (const r of bodyRuns) expect(r).not.toMatch(/<w:rFonts|<w:sz /);
    // Footers are docx's own paragraphs and still name the page-number face on the run.
    for (const name of docx.names.filter((n) => /^word\/footer\d+\.xml$/.test(n)))
      for (const r of runs((await docx.part(name)) ?? ''))
        expect(r).toMatch(/<w:rFonts [^>]*w:eastAsia="宋体"/);
  });

  it('gives each heading style an outline level under the title, so the navigation pane lists them', async () => {
    const { docx } = await build(sampleBriefing(1));
    const styles = (await docx.part('word/styles.xml')) ?? '';
    const outline = (id: string) =>
      new RegExp(
        `w:styleId="${id}">[\\s\\S]*?<w:outlineLvl w:val="(\\d)"/>[\\s\\S]*?</w:style>`,
      ).exec(styles)?.[1];
    expect(
      [
        'DossierTitle',
        'DossierHeading1',
        'DossierHeading2',
        'DossierHeading3',
        'DossierHeading4',
      ].map(outline),
    ).toEqual(['0', '1', '2', '3', '4']);
    expect(styles).toContain('<w:name w:val="一级标题"/>');
    expect(styles).toContain('<w:name w:val="公文正文"/>');
    // Headings are paragraphs of those styles, with their 一、/（一）/1. label as text.
    expect(docx.document).toMatch(
      /<w:pStyle w:val="DossierHeading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">一、/,
    );
    expect(docx.document).toMatch(
      /<w:pStyle w:val="DossierHeading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">（一）/,
    );
  });

  it('names the faces as government machines carry them, with fallbacks in the font table', async () => {
    const { docx } = await build(sampleBriefing(1));
    const table = (await docx.part('word/fontTable.xml')) ?? '';
    const entry = (name: string) =>
      new RegExp(`<w:font w:name="${name}">([\\s\\S]*?)</w:font>`).exec(table)?.[1] ?? '';
    expect(entry('仿宋_GB2312')).toContain('<w:altName w:val="仿宋"/>');
    expect(entry('仿宋')).toContain('<w:altName w:val="FangSong"/>');
    expect(entry('楷体_GB2312')).toContain('<w:altName w:val="楷体"/>');
    expect(entry('楷体')).toContain('<w:altName w:val="KaiTi"/>');
    expect(entry('黑体')).toContain('<w:altName w:val="SimHei"/>');
    // Serif faces say so, so a machine without them substitutes a serif; only 黑体 is sans.
    for (const serif of ['仿宋_GB2312', '楷体_GB2312', '方正小标宋简体', '宋体'])
      expect(entry(serif)).toContain('<w:family w:val="roman"/>');
    expect(entry('黑体')).toContain('<w:family w:val="swiss"/>');
    expect(xmlParses(table) ?? true).toBe(true);
  });

  it('numbers lists with Word numbering, a space after the number, each list from 1', async () => {
    const model: Briefing = {
      title: { title: '清单' },
      blocks: [
        { kind: 'list', ordered: true, items: ['3月29日完成签约。', '4月1日开工。'] },
        { kind: 'list', ordered: true, items: ['另起一单。'] },
        { kind: 'list', ordered: false, items: ['要点'] },
      ],
    };
    const { docx } = await build(model);
    // No digits typed before the text: the numbers are Word's.
    expect(docx.document).not.toContain('>2.');
    expect(docx.document.match(/<w:numPr>/g)).toHaveLength(4);
    expect(docx.numbering).toContain('<w:suff w:val="space"/><w:lvlText w:val="%1."/>');
    expect(docxText(docx.document, docx.numbering)).toEqual([
      '清单',
      '1. 3月29日完成签约。',
      '2. 4月1日开工。',
      '1. 另起一单。',
      '•要点',
    ]);
    expect(briefingText(model)).toEqual(docxText(docx.document, docx.numbering));
  });

  it('repeats each table header row and numbers odd pages right, even left', async () => {
    const { docx } = await build(sampleBriefing(2, { rows: 40 }));
    const tables = [...docx.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    }
    expect(docx.settings).toContain('<w:evenAndOddHeaders/>');
    const footer = async (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(
        docx.document,
      )?.[1];
      const rels = (await docx.part('word/_rels/document.xml.rels')) ?? '';
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return (await docx.part(`word/${target}`)) ?? '';
    };
    const odd = await footer('default');
    const even = await footer('even');
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
    for (const f of [odd, even]) {
      expect(f).toContain('PAGE');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
  });
});

describe('DOCX writer: the same text as the PDF', () => {
  it('holds exactly the briefing text of the sample, with native charts and the image', async () => {
    const model = sampleBriefing(2, { pictures: true });
    const { docx, problems } = await build(model);
    expect(docxText(docx.document, docx.numbering)).toEqual(briefingText(model));
    expect(problems).toEqual([]);
    expect(docx.names.filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
    expect(docx.names).toContain('word/media/image1.png');
  });

  it('keeps the marks out of the text: 内部资料 on the first page header, 草稿 as a watermark', async () => {
    const { docx } = await build(sampleBriefing());
    expect(docx.document).not.toContain('内部资料');
    expect(docx.document).toContain('<w:titlePg/>');
    const headers = await Promise.all(
      docx.names.filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => docx.part(n)),
    );
    expect(headers.filter((h) => h?.includes('内部资料'))).toHaveLength(1);
    expect(headers.every((h) => h?.includes('草稿'))).toBe(true);
  });

  it('strips XML-illegal characters so the file parses, and keeps the rest of the text', async () => {
    const model: Briefing = {
      title: { title: '控制\u0001字符\u000b测试\u0000', issuer: '招商\u001f局' },
      blocks: [
        { kind: 'heading', level: 1, text: '含\u0007响铃' },
        {
          kind: 'paragraph',
          text: '正文\u0008退格\ufffe与\u{1d}分隔，https://example.gov.cn/?a=1&b=<2>',
        },
        {
          kind: 'table',
          columns: [{ title: '列\u0002', width: 1 }],
          rows: [['格\u0003']],
        },
      ],
    };
    const { docx } = await build(model);
    // eslint-disable-next-line no-control-regex -- looking for exactly these
    expect(docx.document).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe]/);
    expect(docxText(docx.document, docx.numbering)).toEqual(briefingText(model));
    expect(docxText(docx.document, docx.numbering)).toContain(
      '正文退格与分隔，https://example.gov.cn/?a=1&b=<2>',
    );
    const parsed = xmlParses(docx.document);
    if (parsed === null) console.warn('python3 not found: XML parse check skipped');
    else expect(parsed).toBe(true);
  });

  it('gives a valid document for an empty briefing', async () => {
    const model: Briefing = { title: { title: '' }, blocks: [] };
    const { docx } = await build(model);
    expect(docxText(docx.document, docx.numbering)).toEqual(briefingText(model));
    expect(docx.document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const parsed = xmlParses(docx.document);
    if (parsed !== null) expect(parsed).toBe(true);
  });
});
