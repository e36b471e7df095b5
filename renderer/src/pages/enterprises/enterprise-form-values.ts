// The enterprise form's values, from a record and back to the API's fields (trimmed, key people).
import type { Enterprise, EnterpriseKind, InputOf } from '../../api/contract-types';

export interface KeyPersonValues {
  /** Present for a key person already saved; a new one gets its id from the core. */
  id?: string;
  name?: string;
  title?: string;
  phone?: string;
  note?: string;
}

/** What the enterprise form holds; empty optional fields are `undefined` while editing. */
export interface EnterpriseFormValues {
  name: string;
  kind: EnterpriseKind;
  headquarters?: string;
  profile?: string;
  keyPeople?: KeyPersonValues[];
}

export const ENTERPRISE_FORM_FIELDS = [
  'name',
  'kind',
  'headquarters',
  'profile',
  'keyPeople',
] as const;

/*
 * Server errors inside the key-people list come back as `keyPeople.0.name`, which the form's
 * list fields do not match by name; those are shown as a message instead of on a field.
 */
export const ENTERPRISE_ERROR_FIELDS = ['name', 'kind', 'headquarters', 'profile'] as const;

export type EnterpriseFields = Pick<
  InputOf<'enterprises.create'>,
  (typeof ENTERPRISE_FORM_FIELDS)[number]
>;
type KeyPersonInput = NonNullable<EnterpriseFields['keyPeople']>[number];

export function enterpriseFormValues(
  enterprise: Enterprise | undefined,
): Partial<EnterpriseFormValues> {
  if (!enterprise) return { kind: 'private', keyPeople: [] };
  return {
    name: enterprise.name,
    kind: enterprise.kind,
    headquarters: enterprise.headquarters,
    profile: enterprise.profile,
    keyPeople: enterprise.keyPeople.map((person) => ({ ...person })),
  };
}

function keyPerson(values: KeyPersonValues): KeyPersonInput {
  return {
    ...(values.id ? { id: values.id } : {}),
    name: (values.name ?? '').trim(),
    title: (values.title ?? '').trim(),
    phone: (values.phone ?? '').trim(),
    note: (values.note ?? '').trim(),
  };
}

/** The API's fields from the form's values: trimmed text, key people in the order shown. */
export function enterpriseFields(values: Partial<EnterpriseFormValues>): EnterpriseFields {
  return {
    name: (values.name ?? '').trim(),
    kind: values.kind ?? 'private',
    headquarters: (values.headquarters ?? '').trim(),
    profile: values.profile ?? '',
    keyPeople: (values.keyPeople ?? []).map(keyPerson),
  };
}
