// The generate form's templates and values, which fit each record kind, and the request they make.
import type { BriefingMarks, BriefingRequest, TemplateName } from '../../api/contract-types';

/**
 * The templates the form offers, in its order (repeated here: the renderer imports types only).
 * The trip's 考察行程 and 会议材料 are generated from the trip page.
 */
export const TEMPLATES = [
  'projectBrief',
  'policyPackage',
  'opportunityList',
  'groupReport',
] as const satisfies readonly TemplateName[];
export type FormTemplate = (typeof TEMPLATES)[number];

/** A record a briefing can be generated from (the 生成 button on its page). */
export interface RecordTarget {
  kind: 'folio' | 'enterprise' | 'group';
  id: string;
  name: string;
}

/** Which templates fit a record of each kind. */
export const TEMPLATES_FOR: Record<RecordTarget['kind'], readonly FormTemplate[]> = {
  folio: ['projectBrief', 'policyPackage'],
  enterprise: ['policyPackage'],
  group: ['opportunityList', 'groupReport'],
};

export type FormatChoice = 'docx' | 'pdf' | 'both';
export type Period = 'week' | 'month';

/** What the generate form holds. */
export interface DocumentFormValues {
  template: FormTemplate;
  folioId?: string;
  enterpriseId?: string;
  groupId?: string;
  chain?: string;
  /** 政策包: of one folio or of one enterprise. */
  policyOf?: 'folio' | 'enterprise';
  /** 投资机会清单: of every folio, a group's, or a chain's. */
  scope?: 'all' | 'group' | 'chain';
  period?: Period;
  from?: string;
  to?: string;
  format: FormatChoice;
  internal?: boolean;
  draft?: boolean;
  redHeader?: boolean;
  copyNumber?: string;
  classification?: string;
  urgency?: string;
}

/** The form's starting values: for a record, its template and target are set already. */
export function initialValues(template: FormTemplate, target?: RecordTarget): DocumentFormValues {
  const base: DocumentFormValues = {
    template,
    format: 'both',
    policyOf: target?.kind === 'enterprise' ? 'enterprise' : 'folio',
    scope: target?.kind === 'group' ? 'group' : 'all',
    internal: false,
    draft: false,
    ...quickRange('thisWeek', new Date()),
  };
  if (target) base[`${target.kind}Id`] = target.id;
  return base;
}

/** The one request the form describes. */
export function toRequest(v: DocumentFormValues): BriefingRequest {
  switch (v.template) {
    case 'projectBrief':
      return { template: 'projectBrief', folioId: v.folioId ?? '' };
    case 'policyPackage':
      return v.policyOf === 'enterprise'
        ? { template: 'policyPackage', enterpriseId: v.enterpriseId ?? '' }
        : { template: 'policyPackage', folioId: v.folioId ?? '' };
    case 'opportunityList':
      if (v.scope === 'group') return { template: 'opportunityList', groupId: v.groupId ?? '' };
      if (v.scope === 'chain') return { template: 'opportunityList', chain: v.chain ?? '' };
      return { template: 'opportunityList' };
    case 'groupReport':
      return {
        template: 'groupReport',
        groupId: v.groupId ?? '',
        period: v.period ?? 'week',
        from: v.from ?? '',
        to: v.to ?? '',
      };
  }
}

export function toFormats(choice: FormatChoice): ('docx' | 'pdf')[] {
  return choice === 'both' ? ['docx', 'pdf'] : [choice];
}

/** The mark fields of a form (MarkFields), on any template's form. */
export type MarkValues = Pick<
  DocumentFormValues,
  'internal' | 'draft' | 'redHeader' | 'copyNumber' | 'classification' | 'urgency'
>;

/** The marks ticked; empty texts are left out (no 份号 printed rather than an empty one). */
export function toMarks(v: MarkValues): BriefingMarks {
  const text = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
  const marks: BriefingMarks = { internal: v.internal ?? false, draft: v.draft ?? false };
  const copyNumber = text(v.copyNumber);
  const classification = text(v.classification);
  const urgency = text(v.urgency);
  if (copyNumber) marks.copyNumber = copyNumber;
  if (classification) marks.classification = classification;
  if (urgency) marks.urgency = urgency;
  if (v.redHeader) marks.redHeader = true;
  return marks;
}

export const QUICK_RANGES = ['thisWeek', 'lastWeek', 'thisMonth', 'lastMonth'] as const;
export type QuickRange = (typeof QUICK_RANGES)[number];

function iso(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);
}

/** 本周 / 上周 run Monday to Sunday; 本月 / 上月 the calendar month (local dates). */
export function quickRange(
  pick: QuickRange,
  today: Date,
): { period: Period; from: string; to: string } {
  if (pick === 'thisWeek' || pick === 'lastWeek') {
    const monday = addDays(today, -((today.getDay() + 6) % 7) - (pick === 'lastWeek' ? 7 : 0));
    return { period: 'week', from: iso(monday), to: iso(addDays(monday, 6)) };
  }
  const shift = pick === 'lastMonth' ? 1 : 0;
  const first = new Date(today.getFullYear(), today.getMonth() - shift, 1);
  const last = new Date(today.getFullYear(), today.getMonth() - shift + 1, 0);
  return { period: 'month', from: iso(first), to: iso(last) };
}

/** Characters no font has show as boxes on screen too: name each by its code point. */
export function describeChars(chars: readonly string[]): string {
  return chars
    .map((c) => `${c}（U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}）`)
    .join('、');
}
