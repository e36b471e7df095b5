// What of a record is merged and how: meta fields, list fields and their item keys, record parts.
import { BINNED_LIMIT } from '../model/binned-items';
import type { ExchangeCollection } from './types';

/*
 * What of a record is merged, and how. Every top-level field but the ones below is a field
 * with one stamp; the list fields named here merge item by item (each item with its own
 * stamp, matched by the key given) and carry one more stamp for their order. The history is
 * not stamped: both sides' entries are kept.
 */

/** Fields that are the record's identity or bookkeeping, not its content. */
export const META_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'rev',
  'createdAt',
  'updatedAt',
  'workspaceId',
  'stamps',
  'history',
]);

/**
 * List fields whose items both sides may change without asking the officer: the later stamp
 * wins. The 回收站 entries: two desks deleting one item, or one restoring what the other
 * deleted again, disagree only on who deleted it when.
 */
export const SETTLED_BY_STAMP: ReadonlySet<string> = new Set(['binned']);

type KeyOf = (item: unknown) => string;
const byField =
  (field: string): KeyOf =>
  (item) => {
    const value =
      typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[field] : null;
    return String(value);
  };
const byId = byField('id');
/** A 回收站 entry kept in a folio: its list and its item's id (ids are unique per list). */
const byBinnedItem: KeyOf = (entry) => {
  const { list, item } = (entry ?? {}) as { list?: unknown; item?: { id?: unknown } };
  return `${String(list)}:${String(item?.id)}`;
};

/** The list fields of each collection and how their items are matched. */
export const LIST_FIELDS: Readonly<Record<ExchangeCollection, Readonly<Record<string, KeyOf>>>> = {
  folios: {
    demandItems: byId,
    supplyItems: byId,
    blockers: byId,
    progress: byId,
    policies: byId,
    contacts: byId,
    attachments: byId,
    /** Entries deleted from the lists above: binned on both desks, both kept. */
    binned: byBinnedItem,
  },
  enterprises: { keyPeople: byId },
  trips: {
    ourDelegation: byId,
    theirDelegation: byId,
    hosts: byId,
    /** The schedule's days and its visits (see scheduleView): each visit is an item. */
    dates: byField('date'),
    visits: byId,
    packVersions: byField('version'),
    copyRegister: byField('copyNumber'),
  },
  groups: {},
  people: {},
};

/*
 * A trip's schedule is stamped as two lists: its dates ({ date }) and its visits (each item of
 * a day with that day's date), so two officers editing different visits of one day both keep
 * their edits, a visit moved to another day is a change of its 日期, and a visit added to a
 * day the other side removed brings the day back. The stored `days` is rebuilt from the two.
 */
interface ScheduleDay {
  date: string;
  items: object[];
}

/** A record's fields as they are stamped (a trip's `days` as its dates and visits). */
export function stampedView(collection: ExchangeCollection, record: object): object {
  const days = (record as { days?: unknown }).days;
  if (collection !== 'trips' || !Array.isArray(days)) return record;
  const rest: Record<string, unknown> = { ...record };
  delete rest.days;
  const schedule = days as ScheduleDay[];
  rest.dates = schedule.map((day) => ({ date: day.date }));
  rest.visits = schedule.flatMap((day) => day.items.map((item) => ({ date: day.date, ...item })));
  return rest;
}

/** The inverse of stampedView: dates and visits back into days, in date order. */
export function storedFields(
  collection: ExchangeCollection,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  if (collection === 'folios') return withinBinnedLimit(fields);
  if (collection !== 'trips' || !Array.isArray(fields.dates) || !Array.isArray(fields.visits))
    return fields;
  const rest: Record<string, unknown> = { ...fields };
  delete rest.dates;
  delete rest.visits;
  const dates = fields.dates as { date: string }[];
  const visits = fields.visits as { date: string }[];
  const all = [...new Set([...dates.map((d) => d.date), ...visits.map((v) => v.date)])].sort();
  rest.days = all.map((date) => ({
    date,
    items: visits
      .filter((v) => v.date === date)
      .map((v) => {
        const item: Record<string, unknown> = { ...v };
        delete item.date;
        return item;
      }),
  }));
  return rest;
}

/**
 * Two desks' 回收站 entries together can pass the folio's limit: the oldest deletions go, as
 * they would on one desk.
 */
function withinBinnedLimit(fields: Record<string, unknown>): Record<string, unknown> {
  const binned = fields.binned;
  if (!Array.isArray(binned) || binned.length <= BINNED_LIMIT) return fields;
  const at = (entry: unknown) => String((entry as { deletedAt?: unknown }).deletedAt);
  const newest = [...binned]
    .map((entry, index) => ({ entry, index }))
    .sort((x, y) => (at(x.entry) < at(y.entry) ? -1 : at(x.entry) > at(y.entry) ? 1 : 0))
    .slice(binned.length - BINNED_LIMIT);
  const kept = new Set(newest.map((x) => x.index));
  return { ...fields, binned: binned.filter((_, index) => kept.has(index)) };
}

/**
 * The stamp of a part that records stamped before the schedule merged per visit did not
 * name: a visit or date had its day's stamp (`days.<date>`), the visit order the newest of them.
 */
export function legacyStamp(
  collection: ExchangeCollection,
  key: string,
  text: string,
  f: Readonly<Record<string, string>>,
): string | undefined {
  const { field, item } = splitKey(key);
  // The 回收站 entries were stamped as one field before they merged entry by entry.
  if (collection === 'folios') return field === 'binned' ? f.binned : undefined;
  if (collection !== 'trips') return undefined;
  if (field !== 'dates' && field !== 'visits') return undefined;
  if (item === '#order') {
    let max: string | undefined;
    for (const [k, stamp] of Object.entries(f))
      if (k.startsWith('days.') && (max === undefined || stamp > max)) max = stamp;
    return max;
  }
  const { date } = JSON.parse(text) as { date?: unknown };
  return typeof date === 'string' ? f[itemKey('days', date)] : undefined;
}

/** The stamp key of a list item, and of a list's order. */
export const itemKey = (field: string, key: string): string => `${field}.${key}`;
export const orderKey = (field: string): string => `${field}.#order`;

/** Splits a stamp key into its field and item key (null for a plain field). */
export function splitKey(key: string): { field: string; item: string | null } {
  const dot = key.indexOf('.');
  return dot < 0
    ? { field: key, item: null }
    : { field: key.slice(0, dot), item: key.slice(dot + 1) };
}

/**
 * Every stamped part of a record, as stamp key → canonical JSON of its value. Field order in
 * a stored record is the schema's, so equal content gives equal text.
 */
export function partsOf(collection: ExchangeCollection, record: object): Map<string, string> {
  const lists = LIST_FIELDS[collection];
  const parts = new Map<string, string>();
  for (const [field, value] of Object.entries(stampedView(collection, record))) {
    if (META_FIELDS.has(field) || value === undefined) continue;
    const keyOf = lists[field];
    if (keyOf && Array.isArray(value)) {
      const keys: string[] = [];
      for (const item of value) {
        const key = keyOf(item);
        keys.push(key);
        parts.set(itemKey(field, key), JSON.stringify(item));
      }
      parts.set(orderKey(field), JSON.stringify(keys));
    } else {
      parts.set(field, JSON.stringify(value));
    }
  }
  return parts;
}
