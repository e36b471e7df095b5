// No text clipped: every printed line of every demo briefing lies inside the text block, and every table line inside its cell.
import { beforeAll, describe, expect, it } from 'vitest';
import { briefingText } from '../../../electron/core/documents/briefing-text';
import type { Briefing } from '../../../electron/core/documents/model';
import { BLOCK } from '../../../electron/core/documents/pdf/page-geometry';
import { writeBriefingPdf } from '../../../electron/core/documents/pdf/write-pdf';
import { prepareBriefing } from '../../../electron/core/documents/prepare';
import { demoBriefings } from '../../office/demo-cases';
import {
  bodyItems,
  bodyText,
  lineRight,
  readPdf,
  type ReadItem,
  type ReadPage,
} from './helpers/read-pdf';
import { sampleBriefing } from './helpers/sample-briefing';

/** pdf.js measures advances with the last character's spacing and rounds: half a point of slack. */
const SLACK = 0.5;
/** Table text is 12 pt; body, headings and captions are larger. */
const CELL_SIZE = 12;
const PAD_X = 4;

/** The left and right edges (points from the page's left) of every column of every table. */
function tableColumns(model: Briefing): { left: number; right: number }[][] {
  return prepareBriefing(model).blocks.flatMap((b) => {
    if (b.kind !== 'table') return [];
    let x = BLOCK.left;
    return [
      b.columns.map((c) => {
        const left = x;
        x += c.width * BLOCK.width;
        return { left, right: x };
      }),
    ];
  });
}

/** Inside, but for a stop hanging past the line's end (as Word and LibreOffice hang it). */
const inside = (item: ReadItem, left: number, right: number) =>
  item.x >= left - SLACK && lineRight(item) <= right + SLACK;

/** Problems found on one briefing's pages: lines out of the block, cell lines over a rule. */
function clipped(model: Briefing, pages: readonly ReadPage[]): string[] {
  const tables = tableColumns(model);
  const problems: string[] = [];
  pages.forEach((page, p) => {
    const items = bodyItems(page).filter((i) => i.str.trim() !== '');
    for (const item of items) {
      const where = `第${p + 1}页“${item.str}”`;
      if (!inside(item, BLOCK.left, BLOCK.right)) problems.push(`${where}超出版心左右`);
      if (item.y < BLOCK.bottom - SLACK || item.y + item.height * 0.88 > BLOCK.top + SLACK)
        problems.push(`${where}超出版心上下`);
    }
    // A table's printed line (its items on one baseline) must fit the cells of one table,
    // each item within one cell's padding.
    const rows = new Map<number, ReadItem[]>();
    for (const item of items.filter((i) => Math.abs(i.height - CELL_SIZE) < 0.5)) {
      const key = Math.round(item.y * 10);
      rows.set(key, [...(rows.get(key) ?? []), item]);
    }
    for (const row of rows.values()) {
      const fits = tables.some((columns) =>
        row.every((item) =>
          columns.some((c) => inside(item, c.left + PAD_X - SLACK, c.right - PAD_X + SLACK)),
        ),
      );
      if (!fits) problems.push(`第${p + 1}页表格行“${row.map((i) => i.str).join('|')}”越出单元格`);
    }
  });
  return problems;
}

let demo: { name: string; model: Briefing }[] = [];
beforeAll(async () => {
  demo = await demoBriefings();
});

describe('no text is clipped', () => {
  it('covers every kind of briefing the demo makes', () => {
    const kinds = new Set(demo.map((d) => /^demo ([^：]+)：/.exec(d.name)?.[1]));
    for (const kind of ['项目简报', '政策包', '投资机会清单', '月调度', '考察行程'])
      expect(kinds.has(kind), kind).toBe(true);
  });

  it('prints every line of every demo briefing whole, inside the text block and inside its table cell', async () => {
    const cases = [...demo, { name: 'sample', model: sampleBriefing(2, { rows: 30 }) }];
    for (const { name, model } of cases) {
      const result = await writeBriefingPdf(model, {
        fonts: { discover: false },
        missingGlyphs: 'replace',
      });
      if (!result.ok) throw new Error(`${name}: ${result.message}`);
      const read = await readPdf(result.bytes);
      expect(clipped(model, read.pages), name).toEqual([]);
      // Nothing lost on the way: the printed text is the briefing's text, in order.
      const expected = briefingText(model).join('').replace(/\s/g, '');
      expect(bodyText(read), name).toBe(expected);
    }
  });

  it('catches a line that runs over its cell (the check can fail)', () => {
    const model: Briefing = {
      title: { title: '检查' },
      blocks: [
        {
          kind: 'table',
          columns: [
            { title: '甲', width: 1 },
            { title: '乙', width: 1 },
          ],
          rows: [['a', 'b']],
        },
      ],
    };
    const mid = BLOCK.left + BLOCK.width / 2;
    const item = (str: string, x: number, width: number): ReadItem => ({
      str,
      x,
      y: 500,
      width,
      height: CELL_SIZE,
      tags: [],
    });
    const page = (...items: ReadItem[]): ReadPage[] => [{ width: 595, height: 842, items }];
    expect(clipped(model, page(item('好', BLOCK.left + 4, 12)))).toEqual([]);
    expect(clipped(model, page(item('越界', mid - 10, 24)))).toHaveLength(1);
    expect(clipped(model, page(item('出版心', BLOCK.right - 10, 40)))).toHaveLength(2);
  });
});
