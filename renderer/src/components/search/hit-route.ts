// Opens the record a search hit points at, and groups hits by kind in order of their best hit.
import { navigate } from '../../router/hash-router';
import type { SearchHit } from './useSearch';

/** Opens what a hit points at: the folio, group, enterprise or person's page. */
export function openHit(hit: Pick<SearchHit, 'kind' | 'id'>): void {
  switch (hit.kind) {
    case 'folio':
      return navigate('folios', hit.id);
    case 'group':
      return navigate('groups', hit.id);
    case 'enterprise':
      return navigate('enterprises', hit.id);
    case 'person':
      return navigate('people', hit.id);
  }
}

/** The hits grouped by kind, groups in the order of their best hit. */
export function groupByKind(hits: readonly SearchHit[]): Array<[SearchHit['kind'], SearchHit[]]> {
  const groups = new Map<SearchHit['kind'], SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.kind);
    if (list) list.push(hit);
    else groups.set(hit.kind, [hit]);
  }
  return [...groups];
}
