// The folio form's values, from a folio and back to the API's create or update fields.
import type { Folio, InputOf, Stage } from '../../api/contract-types';

/** What the folio form holds; cleared optional fields are `undefined` (or `null` for numbers). */
export interface FolioFormValues {
  name: string;
  groupId: string;
  enterpriseId?: string;
  chain?: string;
  location?: string;
  /** Only when creating: later the stage changes through 变更阶段. */
  stage?: Stage;
  /** 万元 */
  totalInvestment?: number | null;
  /** 万元 */
  fundsInPlace?: number | null;
  leaderId?: string;
  stewardId?: string;
  responsibleUnit?: string;
  /** 万元 */
  expectedOutput?: number | null;
  tags?: string[];
  notes?: string;
}

/** The fields an edit may change. */
const EDITABLE = [
  'name',
  'groupId',
  'enterpriseId',
  'chain',
  'location',
  'totalInvestment',
  'fundsInPlace',
  'leaderId',
  'stewardId',
  'responsibleUnit',
  'expectedOutput',
  'tags',
  'notes',
] as const;

/** Every field of the form (the stage only on create): server errors land on these. */
export const FOLIO_FORM_FIELDS = [...EDITABLE, 'stage'] as const;

export type FolioFields = Pick<InputOf<'folios.create'>, (typeof EDITABLE)[number]> & {
  name: string;
  groupId: string;
};

export function folioFormValues(
  folio: Folio | undefined,
  defaultGroupId?: string,
): Partial<FolioFormValues> {
  if (!folio) return { stage: 'lead', groupId: defaultGroupId, tags: [] };
  return {
    name: folio.name,
    groupId: folio.groupId,
    enterpriseId: folio.enterpriseId ?? undefined,
    chain: folio.chain || undefined,
    location: folio.location,
    totalInvestment: folio.totalInvestment,
    fundsInPlace: folio.fundsInPlace,
    leaderId: folio.leaderId ?? undefined,
    stewardId: folio.stewardId ?? undefined,
    responsibleUnit: folio.responsibleUnit,
    expectedOutput: folio.expectedOutput,
    tags: folio.tags,
    notes: folio.notes,
  };
}

/** The API's fields from the form's values: cleared selects become null or '', money 0. */
export function folioFields(values: Partial<FolioFormValues>): FolioFields {
  return {
    name: (values.name ?? '').trim(),
    groupId: values.groupId ?? '',
    enterpriseId: values.enterpriseId ?? null,
    chain: values.chain ?? '',
    location: (values.location ?? '').trim(),
    totalInvestment: values.totalInvestment ?? 0,
    fundsInPlace: values.fundsInPlace ?? 0,
    leaderId: values.leaderId ?? null,
    stewardId: values.stewardId ?? null,
    responsibleUnit: (values.responsibleUnit ?? '').trim(),
    expectedOutput: values.expectedOutput ?? 0,
    tags: uniqueTags(values.tags ?? []),
    notes: values.notes ?? '',
  };
}

/** Tags trimmed, empty ones dropped, each once. */
function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
}
