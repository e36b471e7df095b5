// Finds a record a briefing request names (or `not_found` naming the field), or one a folio points at.
import { DossierError } from '../../api/errors';
import type { CollectionName, RecordOf } from '../../model/collections';
import type { Session } from '../session';

/** A record a request names, or `not_found` naming the request's field. */
export function requested<C extends CollectionName>(
  session: Session,
  collection: C,
  id: string,
  field: string,
  label: string,
): RecordOf<C> {
  const record = session.store().get(collection, id);
  if (!record) {
    throw new DossierError('not_found', `找不到所选${label}，可能已被删除。`, [
      { path: field, message: `${label}不存在` },
    ]);
  }
  return record;
}

/** A record a folio points at, or null when it points nowhere or at a removed record. */
export function pointed<C extends CollectionName>(
  session: Session,
  collection: C,
  id: string | null,
): RecordOf<C> | null {
  return id ? (session.store().get(collection, id) ?? null) : null;
}
