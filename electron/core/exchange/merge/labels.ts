// The preview's words: each field's label, a conflict's place, and a value as shown.
import { splitKey } from '../layout';
import type { ExchangeCollection } from '../types';

/** What the preview calls each field (the forms' words); an unknown field shows as itself. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '名称',
  title: '名称',
  kind: '类型',
  chain: '产业链',
  headId: '组长',
  memberIds: '成员',
  description: '简介',
  headquarters: '总部所在地',
  profile: '简介',
  keyPeople: '主要负责人',
  unit: '单位',
  phone: '电话',
  groupId: '所属专班',
  enterpriseId: '客商',
  location: '项目地点',
  stage: '阶段',
  stageDates: '各阶段日期',
  totalInvestment: '总投资额（万元）',
  fundsInPlace: '到位资金（万元）',
  leaderId: '包抓领导',
  stewardId: '项目管家',
  responsibleUnit: '责任单位',
  expectedOutput: '预计年产值（万元）',
  tags: '标签',
  stageReason: '阶段变更原因',
  demandItems: '需求侧清单',
  supplyItems: '供给侧清单',
  blockers: '堵点难点',
  progress: '进度',
  policies: '政策包',
  contacts: '联系人',
  attachments: '附件',
  binned: '回收站',
  notes: '备注',
  startDate: '开始日期',
  endDate: '结束日期',
  purpose: '考察目的',
  ourDelegation: '我方人员',
  theirDelegation: '对方人员',
  hosts: '联系人',
  transport: '交通安排',
  lodging: '住宿安排',
  folioIds: '关联项目',
  enterpriseIds: '关联客商',
  days: '日程',
  dates: '日程日期',
  visits: '日程事项',
  packVersions: '会议材料版本',
  copyRegister: '份号登记',
  text: '内容',
  owner: '责任人/单位',
  due: '期限',
  doneOn: '销号日期',
  doneBy: '销号人',
  problem: '问题',
  raisedOn: '提出日期',
  department: '责任部门',
  status: '状态',
  resolution: '解决情况',
  solvedOn: '解决日期',
  onSite: '现场办公',
  date: '日期',
  author: '填报人',
  financeKind: '融资方式',
  content: '内容',
  amount: '金额（万元）',
  note: '备注',
  items: '日程事项',
  start: '开始时间',
  end: '结束时间',
  place: '地点',
  ourAttendees: '我方参加人员',
  theirAttendees: '对方参加人员',
  host: '主持/接待',
  contact: '现场联系人',
  talkingPoints: '谈话要点',
  materials: '所需材料',
};

export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field;

/** A conflict's place in words: 名称, or 需求侧清单「员工宿舍配套」· 期限. */
export function partLabel(
  _collection: ExchangeCollection,
  key: string,
  sub: string | null,
  itemName: string,
): string {
  const { field, item } = splitKey(key);
  if (item === null) return fieldLabel(field);
  const which = itemName ? `「${itemName.slice(0, 30)}」` : '';
  return `${fieldLabel(field)}${which}${sub ? ` · ${fieldLabel(sub)}` : ''}`;
}

/** A value as the preview shows it. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'string') return value.slice(0, 500);
  if (typeof value === 'number' || typeof value === 'boolean') {
    return typeof value === 'boolean' ? (value ? '是' : '否') : String(value);
  }
  if (Array.isArray(value))
    return value.length === 0 ? '（空）' : value.map(displayValue).join('、').slice(0, 500);
  const o = value as Record<string, unknown>;
  const name = o.name ?? o.text ?? o.problem ?? o.title ?? o.content ?? o.date;
  if (typeof name === 'string') return name.slice(0, 500);
  return JSON.stringify(value).slice(0, 500);
}
