// The group form's values, from a group and back to the API's fields (cleared selects to '' or null).
import type { Group, GroupKind, InputOf } from '../../api/contract-types';

/** What the group form holds; empty optional fields are `undefined` while editing. */
export interface GroupFormValues {
  name: string;
  kind: GroupKind;
  chain?: string;
  headId?: string;
  memberIds?: string[];
  description?: string;
}

export const GROUP_FORM_FIELDS = [
  'name',
  'kind',
  'chain',
  'headId',
  'memberIds',
  'description',
] as const;

/*
 * A server error on one member comes back as `memberIds.2`, which no form field matches; such
 * errors are shown as a message rather than lost on a field that does not exist.
 */
export const GROUP_ERROR_FIELDS = GROUP_FORM_FIELDS.filter((field) => field !== 'memberIds');

export type GroupFields = Pick<InputOf<'groups.create'>, (typeof GROUP_FORM_FIELDS)[number]>;

export function groupFormValues(group: Group | undefined): Partial<GroupFormValues> {
  if (!group) return { kind: 'chain' };
  return {
    name: group.name,
    kind: group.kind,
    chain: group.chain || undefined,
    headId: group.headId ?? undefined,
    memberIds: [...group.memberIds],
    description: group.description,
  };
}

/** The API's fields from the form's values: cleared selects become '' or null. */
export function groupFields(values: Partial<GroupFormValues>): GroupFields {
  return {
    name: (values.name ?? '').trim(),
    kind: values.kind ?? 'chain',
    chain: values.chain ?? '',
    headId: values.headId ?? null,
    memberIds: values.memberIds ?? [],
    description: values.description ?? '',
  };
}
