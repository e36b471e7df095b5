// The ledger (台账) fields' labels and usual column titles, local stage words, label normalising.
import type { Stage } from '../model/enums';
import type { LedgerField } from '../model/ledger-mapping';

/** Each field's name in the mapping screen and its usual column titles, most specific first. */
export const FIELD_SPECS: Record<LedgerField, { label: string; synonyms: readonly string[] }> = {
  id: { label: '卷宗编号', synonyms: ['卷宗编号', '项目编号ID', 'ID'] },
  name: { label: '项目名称', synonyms: ['项目名称', '项目名', '项目'] },
  group: { label: '所属专班', synonyms: ['所属专班', '工作专班', '责任专班', '专班'] },
  stage: {
    label: '项目阶段',
    synonyms: ['项目阶段', '当前阶段', '推进阶段', '项目状态', '阶段', '状态'],
  },
  totalInvestment: {
    label: '总投资',
    synonyms: ['计划总投资', '项目总投资', '总投资额', '总投资', '投资额', '投资规模'],
  },
  fundsInPlace: {
    label: '到位资金',
    synonyms: ['累计到位资金', '已到位资金', '到位资金', '资金到位'],
  },
  leader: {
    label: '包抓领导',
    synonyms: ['包抓县级领导', '包抓市级领导', '包抓领导', '责任领导', '联系领导'],
  },
  steward: { label: '项目管家', synonyms: ['项目管家', '管家', '代办员'] },
  progress: {
    label: '进展情况',
    synonyms: ['最新进展', '进展情况', '推进情况', '本期进展', '项目进展', '进展'],
  },
  stageDate: { label: '阶段日期', synonyms: ['阶段日期', '进入当前阶段日期'] },
  signedDate: { label: '签约时间', synonyms: ['签约时间', '签约日期'] },
  startedDate: { label: '开工时间', synonyms: ['开工时间', '开工日期'] },
  producingDate: { label: '投产时间', synonyms: ['投产时间', '投产日期'] },
  location: {
    label: '所在地',
    synonyms: ['落地县区', '所在县区', '建设地点', '项目地点', '落地地点', '所在地'],
  },
  chain: { label: '产业链', synonyms: ['所属产业链', '产业链'] },
  enterprise: {
    label: '投资方',
    synonyms: ['投资主体', '签约企业', '投资方', '客商', '企业名称'],
  },
  contactName: { label: '联系人', synonyms: ['企业联系人', '联系人'] },
  contactPhone: { label: '电话', synonyms: ['联系电话', '联系方式', '电话'] },
  responsibleUnit: { label: '责任单位', synonyms: ['责任单位', '牵头单位'] },
  notes: { label: '备注', synonyms: ['备注'] },
};

/** Local stage words and the app's stage; the officer's own table is laid over it. */
export const DEFAULT_STAGE_WORDS: Readonly<Record<string, Stage>> = {
  线索: 'lead',
  在谈: 'talks',
  洽谈: 'talks',
  洽谈中: 'talks',
  跟踪对接: 'talks',
  对接中: 'talks',
  储备: 'ready',
  具备签约条件: 'ready',
  拟签约: 'ready',
  签约: 'signed',
  已签约: 'signed',
  开工: 'started',
  已开工: 'started',
  在建: 'started',
  投产: 'producing',
  已投产: 'producing',
  达效: 'atTarget',
  已达效: 'atTarget',
  达产: 'atTarget',
  暂缓: 'paused',
  暂停: 'paused',
  终止: 'dropped',
  已终止: 'dropped',
  放弃: 'dropped',
};

/** A header or stage word compared loosely: no spaces, no bracketed units, half-width. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s\u3000:：*＊]/g, '')
    .replace(/[Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}
