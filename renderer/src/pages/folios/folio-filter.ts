// The folio list's filter in the address: parse and format the query, links, filtering rows.
import type { FolioFilter, Stage } from '../../api/contract-types';
import { STAGES } from '../../components/enum-options';
import { queryHref } from '../../router/hash-router';

/**
 * How the list draws its rows: one virtual table (the default), pages of 50, or every row at
 * once. The last two stay reachable (`?table=paged`) so the benchmark can compare them.
 */
export const TABLE_MODES = ['virtual', 'paged', 'plain'] as const;
export type TableMode = (typeof TABLE_MODES)[number];

export interface ListQuery {
  filter: FolioFilter;
  table: TableMode;
}

/* The names in the address: short, and stable, since people keep links to filtered lists. */
const TEXT_KEYS = [
  ['group', 'groupId'],
  ['chain', 'chain'],
  ['location', 'location'],
  ['leader', 'leaderId'],
  ['steward', 'stewardId'],
] as const;
const FLAG_KEYS = ['overdue', 'openBlockers', 'stale'] as const;

function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

function isTableMode(value: string | null): value is TableMode {
  return value !== null && (TABLE_MODES as readonly string[]).includes(value);
}

/** `group=…&stage=signed&stage=started&overdue=1` → the filter; unknown values are dropped. */
export function parseListQuery(query: string): ListQuery {
  const params = new URLSearchParams(query);
  const filter: FolioFilter = {};
  for (const [name, field] of TEXT_KEYS) {
    const value = params.get(name)?.trim();
    if (value) filter[field] = value;
  }
  const stages = [...new Set(params.getAll('stage'))].filter(isStage);
  if (stages.length > 0) filter.stages = stages;
  for (const flag of FLAG_KEYS) if (params.get(flag) === '1') filter[flag] = true;
  const table = params.get('table');
  return { filter, table: isTableMode(table) ? table : 'virtual' };
}

/** The inverse of parseListQuery, keys in a fixed order so equal filters give equal links. */
export function formatListQuery({ filter, table }: ListQuery): string {
  const params = new URLSearchParams();
  for (const [name, field] of TEXT_KEYS) {
    const value = filter[field]?.trim();
    if (value) params.set(name, value);
  }
  for (const stage of filter.stages ?? []) params.append('stage', stage);
  for (const flag of FLAG_KEYS) if (filter[flag]) params.set(flag, '1');
  if (table !== 'virtual') params.set('table', table);
  return params.toString();
}

/** The link to the folio list showing the folios `filter` picks, e.g. `#/folios?stale=1`. */
export function foliosHref(filter: FolioFilter): string {
  return queryHref('folios', formatListQuery({ filter, table: 'virtual' }));
}

export function hasFilter(filter: FolioFilter): boolean {
  return formatListQuery({ filter, table: 'virtual' }) !== '';
}
