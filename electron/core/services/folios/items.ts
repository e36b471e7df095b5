// A folio's list items: ids for new ones, what the service fills in, and rules across a list.
import type { FieldError } from '../../api/errors';
import type { IdGenerator } from '../../clock';
import type { Folio } from '../../model/records';

const LIST_FIELDS = [
  'demandItems',
  'supplyItems',
  'blockers',
  'progress',
  'policies',
  'contacts',
] as const;

type Item = Record<string, unknown> & { id?: string };

/**
 * Gives every new checklist item, blocker, progress entry, policy item and contact an id.
 * The result is parsed against the folio schema by the caller, which checks the ids.
 */
export function assignItemIds<T extends object>(input: T, ids: IdGenerator): T {
  const out: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const field of LIST_FIELDS) {
    const list: unknown = out[field];
    if (Array.isArray(list)) {
      out[field] = list.map((item: Item) => ({ ...item, id: item.id ?? ids() }));
    }
  }
  return out as T;
}

const CHECKLISTS = ['demandItems', 'supplyItems'] as const;

/**
 * What the service fills in for the officer: a struck-off checklist item (对账销号) is struck
 * off by the operator unless someone else is named, un-striking clears who did it, and a new
 * progress entry without an author is the operator's. Then every new item gets its id.
 */
export function prepareItems<T extends object>(input: T, ids: IdGenerator, operator: string): T {
  const out: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const field of CHECKLISTS) {
    const list: unknown = out[field];
    if (!Array.isArray(list)) continue;
    out[field] = list.map((item: { doneOn?: string | null; doneBy?: string }) => {
      if (!item.doneOn) return { ...item, doneBy: '' };
      return item.doneBy?.trim() ? item : { ...item, doneBy: operator };
    });
  }
  if (Array.isArray(out.progress)) {
    out.progress = out.progress.map((entry: Item) =>
      entry.id === undefined && !entry.author ? { ...entry, author: operator } : entry,
    );
  }
  return assignItemIds(out as T, ids);
}

/** Dates of a list newly entered (or changed) after today, for things that must have happened. */
function futureDates<T extends { id: string }>(
  field: string,
  lists: { before: readonly T[]; after: readonly T[] },
  dates: readonly (readonly [keyof T & string, string])[],
  today: string,
): FieldError[] {
  const old = new Map(lists.before.map((item) => [item.id, item]));
  const out: FieldError[] = [];
  lists.after.forEach((item, i) => {
    const prev = old.get(item.id);
    for (const [key, label] of dates) {
      const date = item[key];
      if (typeof date === 'string' && date > today && prev?.[key] !== date) {
        out.push({ path: `${field}.${i}.${key}`, message: `${label}不能晚于今天（${today}）` });
      }
    }
  });
  return out;
}

/**
 * Rules across the items of a list that the item schemas cannot see: ids are unique within a
 * list, and a date newly entered for something that happened (struck off, raised, solved, a
 * progress post) is not after today. Dates left as they were are not judged again.
 */
export function itemProblems(before: Folio | null, after: Folio, today: string): FieldError[] {
  const out: FieldError[] = [];
  for (const field of LIST_FIELDS) {
    const seen = new Set<string>();
    after[field].forEach((item, i) => {
      if (seen.has(item.id)) out.push({ path: `${field}.${i}.id`, message: '条目编号重复' });
      seen.add(item.id);
    });
  }
  const lists = <K extends keyof Folio>(key: K) => ({
    before: before?.[key] ?? [],
    after: after[key],
  });
  const done = [['doneOn', '销号日期']] as const;
  return [
    ...out,
    ...futureDates('demandItems', lists('demandItems'), done, today),
    ...futureDates('supplyItems', lists('supplyItems'), done, today),
    ...futureDates(
      'blockers',
      lists('blockers'),
      [
        ['raisedOn', '提出日期'],
        ['solvedOn', '解决日期'],
      ],
      today,
    ),
    ...futureDates('progress', lists('progress'), [['date', '进度日期']], today),
  ];
}
