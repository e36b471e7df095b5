// zod's refusal messages in plain Chinese, naming the field by its Chinese name.
import { z } from 'zod';

/**
 * What users read when input is refused: zod's own messages (wrong type, unknown key …) in
 * Chinese, and for the sizes of lists, texts and numbers a sentence of our own that names the
 * field in Chinese ("产业链最多 200 项"), not zod's "数值过大：期望 array <=200 项". Our schemas
 * add field-specific messages where a rule needs its own words; those win.
 */
export const FIELD_NAMES: Readonly<Record<string, string>> = {
  attachments: '附件',
  blockers: '堵点',
  chain: '产业链',
  chains: '产业链',
  classification: '密级',
  contacts: '联系人',
  contents: '内容',
  copies: '份数',
  copyNumber: '份号',
  days: '日程',
  demandItems: '需求事项',
  enterpriseIds: '企业',
  files: '文件',
  folioIds: '卷宗',
  formats: '格式',
  requests: '文档',
  waitMs: '等待时间',
  backupId: '备份',
  folioId: '卷宗',
  groupId: '专班',
  history: '变更记录',
  hosts: '接待方',
  items: '条目',
  keyPeople: '关键人物',
  label: '名称',
  limit: '条数',
  location: '地点',
  memberIds: '成员',
  name: '名称',
  operator: '操作人',
  ourAttendees: '我方参加人员',
  ourDelegation: '我方代表团',
  path: '路径',
  policies: '政策',
  progress: '进展',
  reason: '原因',
  recordIds: '记录',
  stages: '阶段',
  supplyItems: '供给事项',
  tags: '标签',
  text: '内容',
  theirAttendees: '对方参加人员',
  theirDelegation: '对方代表团',
  title: '标题',
  urgency: '紧急程度',
  issuerUnit: '落款单位',
  id: '编号',
  jobId: '任务编号',
  generationId: '生成记录',
  recordId: '记录',
  tripId: '考察',
  enterpriseId: '企业',
  attachmentId: '附件',
  rev: '版本号',
  period: '周期',
  template: '文档类型',
};

/**
 * The field's Chinese name from the last named key of the path; a key without one is
 * 该项 (the error's `fields[].path` still says which), never the English key.
 */
function fieldName(path: readonly PropertyKey[] | undefined): string {
  for (const key of [...(path ?? [])].reverse())
    if (typeof key === 'string') return FIELD_NAMES[key] ?? '该项';
  return '该项';
}

type Bound = { origin?: string; inclusive?: boolean; path?: readonly PropertyKey[] };

/** `产业链最多 200 项`, `名称不能超过 40 个字`, `份数不能大于 200`. */
function sizeMessage(iss: Bound, limit: number | bigint, most: boolean): string | undefined {
  const field = fieldName(iss.path);
  const n = Number(limit);
  const inclusive = iss.inclusive !== false;
  switch (iss.origin) {
    case 'array':
    case 'set':
      return most
        ? `${field}最多 ${inclusive ? n : n - 1} 项`
        : n <= 1 && inclusive
          ? `${field}至少要有 1 项`
          : `${field}至少要有 ${inclusive ? n : n + 1} 项`;
    case 'string':
      return most
        ? `${field}不能超过 ${inclusive ? n : n - 1} 个字`
        : n <= 1 && inclusive
          ? `${field}不能为空`
          : `${field}至少要有 ${inclusive ? n : n + 1} 个字`;
    case 'number':
    case 'int':
    case 'bigint':
      return most
        ? `${field}不能${inclusive ? '大于' : '大于或等于'} ${n}`
        : `${field}不能${inclusive ? '小于' : '小于或等于'} ${n}`;
    default:
      return undefined;
  }
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  array: '列表',
  object: '一组字段',
  date: '日期',
};

z.config(z.locales.zhCN());
z.config({
  customError: (iss) => {
    if (iss.code === 'too_big') return sizeMessage(iss, iss.maximum, true);
    if (iss.code === 'too_small') return sizeMessage(iss, iss.minimum, false);
    if (iss.code === 'invalid_type' && iss.input === undefined) return `缺少${fieldName(iss.path)}`;
    if (iss.code === 'invalid_type')
      return `${fieldName(iss.path)}应为${TYPE_NAMES[iss.expected] ?? iss.expected}`;
    return undefined;
  },
});
