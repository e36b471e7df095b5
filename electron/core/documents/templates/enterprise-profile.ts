// 企业简介 template: who the investor is, whom to meet, and the folios they have with us.
import type { EnterpriseKind } from '../../model/enums';
import type { Enterprise } from '../../model/records';
import type { Block, Briefing } from '../model';
import { type DocHead, briefing, col, filledItems, heading, paragraph } from './common';

const KIND_WORDS: Readonly<Record<EnterpriseKind, string>> = {
  listed: '上市公司',
  central: '央企',
  state: '国企',
  private: '民营企业',
  foreign: '外资企业',
  chamber: '商会',
};

export interface EnterpriseProfileData {
  head: DocHead;
  enterprise: Enterprise;
  /** Names of its folios in this workspace. */
  folioNames: readonly string[];
}

/** 企业简介: who the investor is, whom to meet, and what they have with us. */
export function enterpriseProfile(d: EnterpriseProfileData): Briefing {
  const e = d.enterprise;
  const blocks: Block[] = [
    {
      kind: 'keyValue',
      items: filledItems([
        { key: '类型', value: KIND_WORDS[e.kind] },
        { key: '总部', value: e.headquarters },
        { key: '在我市项目', value: d.folioNames.length > 0 ? d.folioNames.join('、') : '暂无' },
      ]),
    },
    heading(1, '基本情况'),
    paragraph(e.profile || '暂无简介。'),
    heading(1, '主要负责人'),
  ];
  blocks.push(
    e.keyPeople.length === 0
      ? paragraph('暂无记录。')
      : {
          kind: 'table',
          columns: [col('姓名', 0.2), col('职务', 0.45), col('电话', 0.35)],
          rows: e.keyPeople.map((p) => [p.name, p.title, p.phone]),
        },
  );
  return briefing(d.head, `${e.name}简介`, blocks);
}
