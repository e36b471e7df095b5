// Select options for people, enterprises and groups, searched by their label.
import type { Enterprise, Group, Person } from '../api/contract-types';
import type { Option } from './enum-options';

export function personOptions(people: readonly Person[]): Option<string>[] {
  return people.map((person) => ({
    value: person.id,
    label: person.title ? `${person.name}（${person.title}）` : person.name,
  }));
}

export function enterpriseOptions(enterprises: readonly Enterprise[]): Option<string>[] {
  return enterprises.map((enterprise) => ({ value: enterprise.id, label: enterprise.name }));
}

export function groupOptions(groups: readonly Pick<Group, 'id' | 'name'>[]): Option<string>[] {
  return groups.map((group) => ({ value: group.id, label: group.name }));
}

/** `showSearch` for selects: search what people read (the label), not the id. */
export const SEARCH_BY_LABEL = { optionFilterProp: 'label' };
