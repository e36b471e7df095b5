// The briefing templates and the zod schema of a request for each, plus the marks a briefing carries.
import { z } from 'zod';
import './zh-messages';
import { idSchema, isoDate, lineText } from './common';

/** The briefings the app can produce; each has one request shape below. */
export const TEMPLATE_NAMES = [
  'projectBrief',
  'policyPackage',
  'opportunityList',
  'groupReport',
  'tripAgenda',
  'meetingPack',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

const projectBrief = z.strictObject({ template: z.literal('projectBrief'), folioId: idSchema });

/** 政策包 for one folio, or for an enterprise (every folio it invests in). */
const policyPackage = z
  .strictObject({
    template: z.literal('policyPackage'),
    folioId: idSchema.optional(),
    enterpriseId: idSchema.optional(),
  })
  .refine((r) => (r.folioId === undefined) !== (r.enterpriseId === undefined), {
    message: '请选择一个项目或一家企业（只选其一）',
    path: ['folioId'],
  });

/** 投资机会清单 of a working group, of a chain, or (neither given) of every folio. */
const opportunityList = z.strictObject({
  template: z.literal('opportunityList'),
  groupId: idSchema.optional(),
  chain: lineText('产业链', 40).trim().optional(),
});

/** 工作周报 / 月调度 of a working group over [from, to], built from the history. */
const groupReport = z
  .strictObject({
    template: z.literal('groupReport'),
    groupId: idSchema,
    period: z.enum(['week', 'month']),
    from: isoDate,
    to: isoDate,
  })
  .refine((r) => r.from <= r.to, { message: '开始日期不能晚于结束日期', path: ['from'] });

/** 考察行程 of a trip: the schedule day by day, both delegations, contacts. */
const tripAgenda = z.strictObject({ template: z.literal('tripAgenda'), tripId: idSchema });

/**
 * 会议材料 of a trip: cover, contents, the agenda, then for each meeting the enterprise
 * profile, project brief, policy package, talking points and chosen attachments. `copies`
 * numbered copies (份号 001 …); `duplex` starts every section on a right-hand page;
 * `attachments` picks the folio attachments to merge in (default: every PDF and picture).
 */
const meetingPack = z.strictObject({
  template: z.literal('meetingPack'),
  tripId: idSchema,
  copies: z.number().int().min(1, '至少印 1 份').max(200, '一次最多 200 份').default(1),
  duplex: z.boolean().default(false),
  attachments: z
    .array(z.strictObject({ folioId: idSchema, attachmentId: idSchema }))
    .max(500, '附件不能超过 500 个')
    .optional(),
});

export const briefingRequestSchema = z.discriminatedUnion('template', [
  projectBrief,
  policyPackage,
  opportunityList,
  groupReport,
  tripAgenda,
  meetingPack,
]);
export type BriefingRequest = z.infer<typeof briefingRequestSchema>;
/** Every request but the meeting pack: each gives one briefing. */
export type SingleBriefingRequest = Exclude<BriefingRequest, { template: 'meetingPack' }>;
export type MeetingPackRequest = Extract<BriefingRequest, { template: 'meetingPack' }>;

/** What the user ticks beside a request: the marks and the header block's optional fields. */
export const briefingMarksSchema = z.strictObject({
  internal: z.boolean().default(false),
  draft: z.boolean().default(false),
  copyNumber: lineText('份号', 20).trim().optional(),
  classification: lineText('密级', 20).trim().optional(),
  urgency: lineText('紧急程度', 10).trim().optional(),
  /** 版头: the issuing unit's name in red over a red rule (GB/T 9704 7.2), for material sent upward. */
  redHeader: z.boolean().optional(),
});
export type BriefingMarks = z.infer<typeof briefingMarksSchema>;
