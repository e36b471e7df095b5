// Select options for people, enterprises, groups and folios, searched by their label.
import type { Enterprise, Group, Person } from '../api/contract-types';
import type { Option } from './enum-options';

export function personOptions(people: readonly Person[]): Option<string>[] {
  return people.map((person) => ({
    value: person.id,
    label: person.title ? `${person.name}（${person.title}）` : person.name,
  }));
}

/** Records labelled by their name: folios, enterprises, groups. */
export function nameOptions(records: readonly { id: string; name: string }[]): Option<string>[] {
  return records.map((record) => ({ value: record.id, label: record.name }));
}

export const enterpriseOptions: (enterprises: readonly Enterprise[]) => Option<string>[] =
  nameOptions;
export const groupOptions: (groups: readonly Pick<Group, 'id' | 'name'>[]) => Option<string>[] =
  nameOptions;
export const folioOptions = nameOptions;

/** `showSearch` for selects: search what people read (the label), not the id. */
export const SEARCH_BY_LABEL = { optionFilterProp: 'label' };
