// Test fixture: a sample briefing with every kind of block, mixed text, a chart and an image.
import * as echarts from 'echarts';
import type { Block, Briefing, ChartData } from '../../../../electron/core/documents/model';
import { rampPng } from './png';

/** Text that mixes what briefings hold: rare characters, full-width punctuation, digits, Latin. */
export const MIXED =
  '燧弘新材料项目落户陇南经开区，总投资12.5亿元（其中外资3,000万美元），' +
  '达产后年产值约20亿元；企业代表Li Wei表示：“麻辣烫品牌Yang’s Kitchen将同步设立华北区域总部！”' +
  '详情见 https://example.gov.cn/zsj/2025/notice?id=42 。';

const STAGES = ['洽谈', '签约', '开工', '投产'];

export function stageChart(): { svg: string; data: ChartData } {
  const data: ChartData = {
    type: 'bar',
    categories: STAGES,
    series: [{ name: '计划投资（亿元）', values: [12.5, 30.2, 8.4, 5.1] }],
  };
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 320 });
  chart.setOption({
    animation: false,
    title: { text: '各阶段项目计划投资（亿元）', left: 'center' },
    xAxis: { type: 'category', data: data.categories },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: data.series[0]?.values, label: { show: true, position: 'top' } }],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return { svg, data };
}

function projectRows(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => [
    String(i + 1),
    `${['燧弘', '陇原', '麻辣烫', '弘毅'][i % 4]}智能制造项目${i + 1}期`,
    STAGES[i % STAGES.length] ?? '',
    String(1000 + ((i * 937) % 9000)),
    i % 3 === 0 ? '用地指标待落实，需协调自然资源局' : '按计划推进',
  ]);
}

export const PROJECT_COLUMNS = [
  { title: '序号', width: 0.08, align: 'center' as const },
  { title: '项目名称', width: 0.34 },
  { title: '阶段', width: 0.1, align: 'center' as const },
  { title: '投资额（万元）', width: 0.16, align: 'right' as const },
  { title: '卡点', width: 0.32 },
];

/** One chapter of a briefing: every kind of block. */
export function sampleChapter(
  n: number,
  options: { rows?: number; pictures?: boolean } = {},
): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `第${n}部分项目推进情况` },
    { kind: 'heading', level: 2, text: '总体情况' },
    { kind: 'paragraph', text: MIXED },
    {
      kind: 'paragraph',
      text: [
        { text: '重点事项：', bold: true },
        { text: '本周新签约项目3个，新开工项目2个，新增到位资金1.8亿元。' + MIXED },
      ],
    },
    { kind: 'heading', level: 3, text: '项目基本情况' },
    {
      kind: 'keyValue',
      items: [
        { key: '项目名称', value: '燧弘新材料产业园' },
        { key: '责任专班', value: '新材料产业招商专班（陇南）' },
        { key: '计划投资', value: '125,000万元' },
      ],
    },
    { kind: 'heading', level: 4, text: '下一步工作' },
    {
      kind: 'list',
      ordered: true,
      items: ['协调用地指标，力争6月底前完成摘牌。', '推动麻辣烫产业园二期签约。'],
    },
    {
      kind: 'table',
      caption: `表${n}\u3000重点项目清单`,
      columns: PROJECT_COLUMNS,
      rows: projectRows(options.rows ?? 8),
      totals: ['', '合计', '', '125,000', ''],
    },
  ];
  if (options.pictures) {
    const chart = stageChart();
    blocks.push(
      {
        kind: 'chart',
        title: `图${n}\u3000各阶段项目计划投资`,
        svg: chart.svg,
        data: chart.data,
        widthFraction: 0.9,
      },
      {
        kind: 'image',
        format: 'png',
        data: rampPng(320, 120),
        caption: `图${n}-2\u3000项目区位示意`,
      },
    );
  }
  return blocks;
}

export function sampleBriefing(
  chapters = 1,
  options: { rows?: number; pictures?: boolean } = {},
): Briefing {
  return {
    title: {
      title: '关于燧弘新材料产业园项目推进情况的简报',
      subtitle: '（第12期）',
      issuer: '陇南市投资促进局',
      date: '2025年3月18日',
      copyNumber: '000123',
      classification: '内部',
      urgency: '特急',
    },
    author: '陇南市投资促进局',
    marks: { internal: true, draft: true },
    blocks: Array.from({ length: chapters }, (_, i) => sampleChapter(i + 1, options)).flat(),
  };
}
