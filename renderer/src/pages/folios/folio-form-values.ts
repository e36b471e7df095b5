import type { Folio, InputOf, Stage } from '../../api/contract-types';

/** What the folio form holds; cleared optional fields are `undefined` (or `null` for numbers). */
export interface FolioFormValues {
  name: string;
  groupId: string;
  enterpriseId?: string;
  chain?: string;
  location?: string;
  stage: Stage;
  /** 万元 */
  totalInvestment?: number | null;
  /** 万元 */
  fundsInPlace?: number | null;
  leaderId?: string;
  stewardId?: string;
  notes?: string;
}

export const FOLIO_FORM_FIELDS = [
  'name',
  'groupId',
  'enterpriseId',
  'chain',
  'location',
  'stage',
  'totalInvestment',
  'fundsInPlace',
  'leaderId',
  'stewardId',
  'notes',
] as const;

export type FolioFields = Pick<InputOf<'folios.create'>, (typeof FOLIO_FORM_FIELDS)[number]> & {
  name: string;
  groupId: string;
};

export function folioFormValues(
  folio: Folio | undefined,
  defaultGroupId?: string,
): Partial<FolioFormValues> {
  if (!folio) return { stage: 'lead', groupId: defaultGroupId };
  return {
    name: folio.name,
    groupId: folio.groupId,
    enterpriseId: folio.enterpriseId ?? undefined,
    chain: folio.chain || undefined,
    location: folio.location,
    stage: folio.stage,
    totalInvestment: folio.totalInvestment,
    fundsInPlace: folio.fundsInPlace,
    leaderId: folio.leaderId ?? undefined,
    stewardId: folio.stewardId ?? undefined,
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
    stage: values.stage ?? 'lead',
    totalInvestment: values.totalInvestment ?? 0,
    fundsInPlace: values.fundsInPlace ?? 0,
    leaderId: values.leaderId ?? null,
    stewardId: values.stewardId ?? null,
    notes: values.notes ?? '',
  };
}
