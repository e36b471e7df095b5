import type { FolioSummary, GroupSummary } from '../api/views';
import type { Folio, Group } from '../model/records';
import type { Store } from '../store/types';
import { lastProgressOn, openBlockers, overdueItems } from './folio-status';

function personName(store: Store, id: string | null): string {
  return id ? (store.get('people', id)?.name ?? '') : '';
}

export function folioSummary(store: Store, folio: Folio, today: string): FolioSummary {
  return {
    id: folio.id,
    rev: folio.rev,
    name: folio.name,
    groupId: folio.groupId,
    groupName: store.get('groups', folio.groupId)?.name ?? '',
    enterpriseName: folio.enterpriseId
      ? (store.get('enterprises', folio.enterpriseId)?.name ?? '')
      : '',
    chain: folio.chain,
    location: folio.location,
    stage: folio.stage,
    totalInvestment: folio.totalInvestment,
    fundsInPlace: folio.fundsInPlace,
    leaderName: personName(store, folio.leaderId),
    stewardName: personName(store, folio.stewardId),
    updatedAt: folio.updatedAt,
    tags: folio.tags,
    overdueItems: overdueItems(folio, today).length,
    openBlockers: openBlockers(folio).length,
    lastProgressOn: lastProgressOn(folio),
  };
}

/** Groups with their folio counts and money, in one pass over the folios. */
export function groupSummaries(store: Store): GroupSummary[] {
  const totals = new Map<string, { count: number; total: number; funds: number }>();
  for (const folio of store.all('folios')) {
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

export function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name.localeCompare(b.name, 'zh-Hans-CN');
}
