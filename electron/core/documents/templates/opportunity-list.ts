// 投资机会清单 template: a table of folios with stage, money and contact, with the charts.
import { type ChartStats, stageLabel } from '../../api/chart-options';
import type { Stage } from '../../model/enums';
import { STAGE_LABELS } from '../../model/display-text';
import { PAPER_CHART_LABELS, chainChartBlock, stageChartBlock } from '../charts/chart-blocks';
import type { Block, Briefing } from '../model';
import {
  type DocHead,
  briefing,
  col,
  heading,
  numberedTable,
  paragraph,
  plainWan,
  yi,
} from './common';

export interface OpportunityRow {
  name: string;
  /** 建设内容/简介 */
  intro: string;
  /** 万元 */
  totalInvestment: number;
  location: string;
  stage: Stage;
  /** 联系人: the steward's name and phone. */
  contact: string;
}

export interface OpportunityListData {
  head: DocHead;
  /** What the list covers, e.g. `数字经济产业链专班`, `新能源产业链`, `全市`. */
  scope: string;
  rows: readonly OpportunityRow[];
  /** The same rows' money by stage and chain, for the charts. */
  stats: ChartStats;
  /** Folios left out because they were dropped (终止). */
  dropped: number;
}

/** Intros longer than this are cut: a table cell is no place for a project's whole story. */
const INTRO_MAX = 60;

const clipIntro = (text: string) => {
  const plain = text.replace(/\s+/g, ' ').trim();
  return plain.length > INTRO_MAX ? `${plain.slice(0, INTRO_MAX - 1)}…` : plain || '—';
};

function overview(d: OpportunityListData): Block {
  const { totals } = d.stats;
  const left = d.dropped > 0 ? `（不含已终止项目 ${d.dropped} 个）` : '';
  if (d.rows.length === 0) return paragraph(`${d.scope}暂无可列入清单的项目${left}。`);
  const stages = d.stats.byStage
    .filter((b) => b.count > 0)
    .map((b) => `${stageLabel(b.key, PAPER_CHART_LABELS)} ${b.count} 个`)
    .join('、');
  const chains = d.stats.byChain.length > 1 ? `，涉及 ${d.stats.byChain.length} 条产业链` : '';
  return paragraph(
    `本清单共列入项目 ${totals.count} 个${left}，总投资 ${yi(totals.totalInvestment)}，` +
      `已到位资金 ${yi(totals.fundsInPlace)}${chains}。按阶段分：${stages}。`,
  );
}

function table(d: OpportunityListData): Block {
  const sum = d.rows.reduce((s, r) => s + r.totalInvestment, 0);
  return numberedTable(
    {
      caption: `${d.scope}投资机会清单（金额单位：万元）`,
      // Widths measured on the page: a phone number, a bold 3,407,000 and 序号 each fit on one line,
      // and 所在地 holds a county of four characters (张家川县; at 0.1 it held three); the shares sum to 1.
      numberWidth: 0.075,
      columns: [
        col('项目名称', 0.17),
        col('建设内容', 0.21),
        col('总投资', 0.15, 'right'),
        col('所在地', 0.13),
        col('阶段', 0.08, 'center'),
        col('联系人', 0.185),
      ],
    },
    d.rows,
    (r) => [
      r.name,
      clipIntro(r.intro),
      plainWan(r.totalInvestment),
      r.location || '—',
      STAGE_LABELS[r.stage],
      r.contact || '—',
    ],
    ['合计', `${d.rows.length} 个项目`, '', plainWan(sum), '', '', ''],
  );
}

/** 投资机会清单: the folios of a group, a chain or the whole workspace as one table. */
export function opportunityList(d: OpportunityListData): Briefing {
  const blocks: Block[] = [heading(1, '总体情况'), overview(d)];
  if (d.rows.length > 0) {
    blocks.push(heading(1, '项目清单'), table(d), heading(1, '项目分布'));
    blocks.push(stageChartBlock(d.stats, '图1　各阶段项目数及投资额（亿元）'));
    if (d.stats.byChain.length > 1) {
      blocks.push(chainChartBlock(d.stats, '图2　各产业链总投资及到位资金（亿元）'));
    }
  }
  return briefing(d.head, `${d.scope}投资机会清单`, blocks);
}
