import type { Briefing } from '../model';
import type { PackNotice } from './spec';

export const NOTICE_TITLE = '说明';

/** 说明: what was left out of the pack and why, so a reader of the paper copy knows. */
export function noticeBriefing(notices: readonly PackNotice[]): Briefing {
  return {
    title: { title: NOTICE_TITLE },
    blocks: [
      {
        kind: 'paragraph',
        text: `下列 ${notices.length} 份材料未能编入本册，请核对原件或补充后重新生成：`,
      },
      {
        kind: 'table',
        columns: [
          { title: '序号', width: 0.1, align: 'center' },
          { title: '材料', width: 0.35 },
          { title: '原因', width: 0.55 },
        ],
        rows: notices.map((n, i) => [String(i + 1), n.name, n.reason]),
      },
    ],
  };
}
