/** The model's enum values and their Chinese labels: plain lists, no zod, so the renderer may import them. */

/** 线索 → 洽谈 → 具备签约条件 → 签约 → 开工 → 投产 → 达效, plus 暂缓 / 终止 beside them. */
export const STAGES = [
  'lead',
  'talks',
  'ready',
  'signed',
  'started',
  'producing',
  'atTarget',
  'paused',
  'dropped',
] as const;
/** 产业链专班 · 县区专班 · 项目专班 */
export const GROUP_KINDS = ['chain', 'county', 'project'] as const;
/** 上市公司 · 央企 · 国企 · 民企 · 外资 · 商会 */
export const ENTERPRISE_KINDS = [
  'listed',
  'central',
  'state',
  'private',
  'foreign',
  'chamber',
] as const;
/** 来访考察 (a delegation visits us) or 外出招商 (our leaders visit firms elsewhere). */
export const TRIP_KINDS = ['inbound', 'outbound'] as const;
/** 实地考察, 对接洽谈会, 座谈会 (推介会), 签约仪式, 用餐, 转场. */
export const TRIP_ITEM_KINDS = ['site', 'meeting', 'forum', 'signing', 'meal', 'transfer'] as const;
/** 待办 → 办理中 → 已解决 / 无法解决 */
export const BLOCKER_STATUSES = ['open', 'inProgress', 'solved', 'unsolvable'] as const;
/** 订单协调 · 人才引进 · 基础设施配套 · 用地 · 融资 · 税费 · 其他 */
export const POLICY_KINDS = [
  'orders',
  'talent',
  'infrastructure',
  'land',
  'finance',
  'tax',
  'other',
] as const;
/** 固贷 · 流贷 · 基金 · 定增 */
export const FINANCE_KINDS = ['fixedLoan', 'workingLoan', 'fund', 'placement'] as const;
/** 拟提供 → 已商定 → 已兑现 */
export const POLICY_STATUSES = ['proposed', 'agreed', 'delivered'] as const;

/** A label for each value of `Values`: the compiler refuses a missing or unknown one. */
type Labels<Values extends readonly string[]> = Readonly<Record<Values[number], string>>;

/** The stages as officers name them. */
export const STAGE_LABELS: Labels<typeof STAGES> = {
  lead: '线索',
  talks: '洽谈',
  ready: '具备签约条件',
  signed: '签约',
  started: '开工',
  producing: '投产',
  atTarget: '达效',
  paused: '暂缓',
  dropped: '终止',
};
export const GROUP_KIND_LABELS: Labels<typeof GROUP_KINDS> = {
  chain: '产业链专班',
  county: '县区专班',
  project: '项目专班',
};
export const ENTERPRISE_KIND_LABELS: Labels<typeof ENTERPRISE_KINDS> = {
  listed: '上市公司',
  central: '央企',
  state: '国企',
  private: '民企',
  foreign: '外资',
  chamber: '商会',
};
export const TRIP_KIND_LABELS: Labels<typeof TRIP_KINDS> = {
  inbound: '来访考察',
  outbound: '外出招商',
};
export const TRIP_ITEM_KIND_LABELS: Labels<typeof TRIP_ITEM_KINDS> = {
  site: '实地考察',
  meeting: '对接洽谈会',
  forum: '座谈会',
  signing: '签约仪式',
  meal: '用餐',
  transfer: '转场',
};
export const BLOCKER_STATUS_LABELS: Labels<typeof BLOCKER_STATUSES> = {
  open: '待办',
  inProgress: '办理中',
  solved: '已解决',
  unsolvable: '无法解决',
};
export const POLICY_KIND_LABELS: Labels<typeof POLICY_KINDS> = {
  orders: '订单协调',
  talent: '人才引进',
  infrastructure: '基础设施配套',
  land: '用地',
  finance: '融资',
  tax: '税费',
  other: '其他',
};
export const FINANCE_KIND_LABELS: Labels<typeof FINANCE_KINDS> = {
  fixedLoan: '固贷',
  workingLoan: '流贷',
  fund: '基金',
  placement: '定增',
};
export const POLICY_STATUS_LABELS: Labels<typeof POLICY_STATUSES> = {
  proposed: '拟提供',
  agreed: '已商定',
  delivered: '已兑现',
};
