/** Which loaded views a change makes stale: one row a method domain, read by the change feed. */
import type { MethodName } from './contract-types';

/** The part of a method name before the dot: `folios` for `folios.update`. */
export type DomainOf<M extends string> = M extends `${infer D}.${string}` ? D : never;
export type Domain = DomainOf<MethodName>;

export function domainOf(method: MethodName): Domain {
  return method.slice(0, method.indexOf('.')) as Domain;
}

/** Views that may show the outcome of any change: counts, lists of everything, undo, backups. */
const ANY_CHANGE = [
  'workspace',
  'undo',
  'trash',
  'search',
  'dashboard',
  'exchange',
  'ledger',
] as const satisfies readonly Domain[];

/** Every domain: for the changes that may touch every record (undo, restore, import). */
export const EVERY_DOMAIN = 'every' as const;

/**
 * For each domain, the domains whose reads a successful call of one of its writing methods
 * makes stale (its own included). Conservative: a view that may show a name, count or link
 * from the changed record is listed. Domains without writing methods list nothing.
 */
export const INVALIDATES: Record<Domain, readonly Domain[] | typeof EVERY_DOMAIN> = {
  workspace: EVERY_DOMAIN,
  exchange: EVERY_DOMAIN,
  ledger: EVERY_DOMAIN,
  undo: EVERY_DOMAIN,
  trash: EVERY_DOMAIN,
  // A sync may bring in changes to any record.
  sync: EVERY_DOMAIN,
  // A folio summary names its group, enterprise and people; details and trips list folios.
  folios: ['folios', 'groups', 'enterprises', 'trips', 'documents', ...ANY_CHANGE],
  attachments: [
    'attachments',
    'folios',
    'groups',
    'enterprises',
    'trips',
    'documents',
    ...ANY_CHANGE,
  ],
  groups: ['groups', 'folios', 'enterprises', 'trips', 'people', 'documents', ...ANY_CHANGE],
  enterprises: ['enterprises', 'folios', 'groups', 'trips', 'documents', ...ANY_CHANGE],
  people: ['people', 'groups', 'folios', 'enterprises', 'trips', 'documents', ...ANY_CHANGE],
  trips: ['trips', 'documents', ...ANY_CHANGE],
  // A generation is stored when its job ends; a trip pack adds a version to its trip.
  documents: ['documents', 'trips', 'folios', ...ANY_CHANGE],
  search: [],
  dashboard: [],
  app: [],
};

/** The domains made stale by a successful call of `method` (a writing one). */
export function invalidatedBy(method: MethodName): readonly Domain[] | typeof EVERY_DOMAIN {
  return INVALIDATES[domainOf(method)];
}
