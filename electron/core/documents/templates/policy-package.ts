// 政策包 template: what the city offers an investor, by kind, and whom to call about it.
import { POLICY_KINDS, type PolicyItem } from '../../model/folio-parts';
import type { Person } from '../../model/records';
import {
  FINANCE_KIND_LABELS,
  POLICY_KIND_LABELS,
  POLICY_STATUS_LABELS,
} from '../../model/display-text';
import type { Block, Briefing } from '../model';
import { type DocHead, annotate, briefing, heading, paragraph, wan, wanAndYi } from './common';

export interface PolicyFolio {
  name: string;
  policies: readonly PolicyItem[];
  steward: Person | null;
}

export interface PolicyPackageData {
  head: DocHead;
  /** The folio's name, or the enterprise's when the package covers all its folios. */
  subject: string;
  enterpriseName: string;
  folios: readonly PolicyFolio[];
}

function itemText(item: PolicyItem, folio: string | null): string {
  const finance = item.financeKind ? `【${FINANCE_KIND_LABELS[item.financeKind]}】` : '';
  const notes = [
    item.amount !== null ? `金额 ${wan(item.amount)}` : '',
    POLICY_STATUS_LABELS[item.status],
    folio ? `适用项目：${folio}` : '',
  ].filter(Boolean);
  return annotate(`${finance}${item.content}`, notes.join('；'));
}

function overview(d: PolicyPackageData, items: readonly PolicyItem[]): Block {
  const who = d.enterpriseName ? `${d.enterpriseName}` : '';
  const scope =
    d.folios.length > 1
      ? `${who}在我市投资的 ${d.folios.length} 个项目`
      : `${d.folios[0]?.name ?? d.subject}${who ? `（投资主体：${who}）` : ''}`;
  if (items.length === 0) return paragraph(`${scope}暂未确定政策支持事项。`);
  const count = (s: PolicyItem['status']) => items.filter((i) => i.status === s).length;
  const amount = items.reduce((sum, i) => sum + (i.amount ?? 0), 0);
  return paragraph(
    `本政策包面向${scope}，共 ${items.length} 项政策支持事项，其中已兑现 ${count('delivered')} 项、` +
      `已商定 ${count('agreed')} 项、拟提供 ${count('proposed')} 项` +
      (amount > 0 ? `，涉及金额合计 ${wanAndYi(amount)}。` : '。'),
  );
}

function byKind(d: PolicyPackageData): Block[] {
  const tagged = d.folios.flatMap((f) =>
    f.policies.map((item) => ({ item, folio: d.folios.length > 1 ? f.name : null })),
  );
  return POLICY_KINDS.flatMap((kind) => {
    const rows = tagged.filter((t) => t.item.kind === kind);
    if (rows.length === 0) return [];
    return [
      heading(2, POLICY_KIND_LABELS[kind]),
      {
        kind: 'list' as const,
        ordered: true,
        items: rows.map((t) => itemText(t.item, t.folio)),
      },
    ];
  });
}

function contacts(d: PolicyPackageData): Block[] {
  const stewards = new Map<string, { person: Person; folios: string[] }>();
  for (const f of d.folios) {
    if (!f.steward) continue;
    const entry = stewards.get(f.steward.id) ?? { person: f.steward, folios: [] };
    entry.folios.push(f.name);
    stewards.set(f.steward.id, entry);
  }
  if (stewards.size === 0) return [paragraph('尚未指定项目管家，请与所属工作专班联系。')];
  return [...stewards.values()].map(({ person, folios }) => ({
    kind: 'keyValue' as const,
    items: [
      { key: '项目管家', value: person.name },
      { key: '职务', value: [person.unit, person.title].filter(Boolean).join('') || '—' },
      { key: '联系电话', value: person.phone || '—' },
      ...(d.folios.length > 1 ? [{ key: '负责项目', value: folios.join('、') }] : []),
    ],
  }));
}

/** 政策包: what the city offers an investor, by kind, and whom to call about it. */
export function policyPackage(d: PolicyPackageData): Briefing {
  const items = d.folios.flatMap((f) => f.policies);
  const blocks: Block[] = [heading(1, '总体情况'), overview(d, items)];
  if (items.length > 0) blocks.push(heading(1, '政策支持事项'), ...byKind(d));
  blocks.push(heading(1, '联系方式'), ...contacts(d));
  return briefing(d.head, `${d.subject}政策包`, blocks);
}
