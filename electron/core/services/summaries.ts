// Folio and group summaries for the lists: names of linked records, overdue counts, group totals.
import type { FolioSummary, GroupSummary } from '../api/views';
import type { FolioOutline } from '../model/folio-outline';
import type { Folio, Group } from '../model/records';
import type { Store } from '../store/types';
import { countOpenBlockers, countOverdue, lastProgressOn } from '../model/folio-status';

function personName(store: Store, id: string | null): string {
  return id ? (store.get('people', id)?.name ?? '') : '';
}

/** Names of the records folios point at; '' for none or a record no longer there. */
export interface NameLookup {
  group(id: string): string;
  enterprise(id: string | null): string;
  person(id: string | null): string;
}

/** A lookup that remembers each name, for one pass over many folios sharing the same few. */
export function nameLookup(store: Store): NameLookup {
  const remembered = (collection: 'groups' | 'enterprises' | 'people') => {
    const cache = new Map<string, string>();
    return (id: string | null): string => {
      if (!id) return '';
      let name = cache.get(id);
      if (name === undefined) {
        name = store.get(collection, id)?.name ?? '';
        cache.set(id, name);
      }
      return name;
    };
  };
  return {
    group: remembered('groups'),
    enterprise: remembered('enterprises'),
    person: remembered('people'),
  };
}

export function folioSummary(
  store: Store,
  folio: FolioOutline,
  today: string,
  names: NameLookup = nameLookup(store),
): FolioSummary {
  return {
    id: folio.id,
    rev: folio.rev,
    name: folio.name,
    groupId: folio.groupId,
    groupName: names.group(folio.groupId),
    enterpriseName: names.enterprise(folio.enterpriseId),
    chain: folio.chain,
    location: folio.location,
    stage: folio.stage,
    totalInvestment: folio.totalInvestment,
    fundsInPlace: folio.fundsInPlace,
    leaderName: names.person(folio.leaderId),
    stewardName: names.person(folio.stewardId),
    updatedAt: folio.updatedAt,
    tags: [...folio.tags],
    overdueItems: countOverdue(folio, today),
    openBlockers: countOpenBlockers(folio),
    lastProgressOn: lastProgressOn(folio),
  };
}

/** Groups with their folio counts and money, in one pass over the folios. */
export function groupSummaries(store: Store): GroupSummary[] {
  const totals = new Map<string, { count: number; total: number; funds: number }>();
  // Only counted: outlines do (the folios themselves may still be loading after an open).
  for (const folio of store.outlines()) {
    const t = totals.get(folio.groupId) ?? { count: 0, total: 0, funds: 0 };
    t.count += 1;
    t.total += folio.totalInvestment;
    t.funds += folio.fundsInPlace;
    totals.set(folio.groupId, t);
  }
  return [...store.all('groups')].map((group: Group) => {
    const t = totals.get(group.id) ?? { count: 0, total: 0, funds: 0 };
    return {
      ...group,
      folioCount: t.count,
      totalInvestment: t.total,
      fundsInPlace: t.funds,
      headName: personName(store, group.headId),
    };
  });
}

const collator = new Intl.Collator('zh-Hans-CN');

/** The summaries of the folios `match` picks, by name: a group's or an enterprise's folios. */
export function folioSummariesWhere(
  store: Store,
  today: string,
  match: (folio: Folio) => boolean,
): FolioSummary[] {
  // Read for the rows made from them: no freezing of every folio for one group's page.
  return [...store.scan('folios')]
    .filter(match)
    .map((f) => folioSummary(store, f, today))
    .sort(byName);
}

export function byName<T extends { name: string }>(a: T, b: T): number {
  return collator.compare(a.name, b.name);
}
