// The pack's 说明 page: what was left out of the pack and why.
import type { Block, Briefing } from '../model';
import type { PackNotice } from './spec';

export const NOTICE_TITLE = '说明';

/** 说明: what was left out of the pack and why, so a reader of the paper copy knows. */
export function noticeBriefing(notices: readonly PackNotice[]): Briefing {
  const left = notices.filter((n) => !n.included);
  const caveats = notices.filter((n) => n.included);
  const table = (list: readonly PackNotice[], what: string): Block => ({
    kind: 'table',
    columns: [
      { title: '序号', width: 0.1, align: 'center' },
      { title: '材料', width: 0.35 },
      { title: what, width: 0.55 },
    ],
    rows: list.map((n, i) => [String(i + 1), n.name, n.reason]),
  });
  const blocks: Block[] = [];
  if (left.length > 0)
    blocks.push(
      {
        kind: 'paragraph',
        text: `下列 ${left.length} 份材料未能编入本册，请核对原件或补充后重新生成：`,
      },
      table(left, '原因'),
    );
  if (caveats.length > 0)
    blocks.push(
      {
        kind: 'paragraph',
        text: `下列 ${caveats.length} 份材料已编入本册，但所用字体未嵌入文件，打印前请核对其文字是否完整：`,
      },
      table(caveats, '说明'),
    );
  return { title: { title: NOTICE_TITLE }, blocks };
}
