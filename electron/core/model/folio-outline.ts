// The part of a folio the list and 工作台 read: its columns, open dated items, open blockers, last progress day.
import type { Blocker, ChecklistItem } from './folio-parts';
import { isOpenBlocker } from './folio-status';
import type { Folio } from './records';

/** An open checklist item with a due date, as the overdue follow-ups show it. */
export type OutlineItem = Pick<ChecklistItem, 'id' | 'text' | 'owner' | 'due' | 'doneOn'>;
/** A blocker as the open-blocker follow-ups show it. */
export type OutlineBlocker = Pick<Blocker, 'id' | 'problem' | 'department' | 'status' | 'raisedOn'>;

/**
 * What the folio list (rows, filters, sorts, totals), 工作台 and the groups' totals read of a
 * folio. A whole Folio is one; `outlineOf` makes the smallest one that gives every answer the
 * same: items only while open with a due date, blockers only while open, progress only its
 * latest day. Each folio shard starts with the outlines of its folios, so an open can show the
 * list and 工作台 before it has read the folios themselves (store/README.md).
 */
export interface FolioOutline {
  readonly id: string;
  readonly rev: number;
  readonly name: string;
  readonly groupId: string;
  readonly enterpriseId: string | null;
  readonly chain: string;
  readonly location: string;
  readonly stage: Folio['stage'];
  readonly totalInvestment: number;
  readonly fundsInPlace: number;
  readonly leaderId: string | null;
  readonly stewardId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly tags: readonly string[];
  readonly demandItems: readonly OutlineItem[];
  readonly supplyItems: readonly OutlineItem[];
  readonly blockers: readonly OutlineBlocker[];
  readonly progress: readonly { readonly date: string }[];
}

/**
 * The version of the outline rows' shape (`OutlineRow`), part of the schema fingerprint
 * (store/digest.ts): a build that outlines differently does not trust the rows an older one wrote.
 */
export const OUTLINE_VERSION = 1;

type ItemRow = [id: string, text: string, owner: string, due: string | null];
type BlockerRow = [
  id: string,
  problem: string,
  department: string,
  status: OutlineBlocker['status'],
  raisedOn: string,
];

/**
 * An outline as a folio shard's head stores it: its values in a fixed order, without keys (a
 * third fewer bytes to read and parse on open than the same outline as an object).
 */
export type OutlineRow = [
  id: string,
  rev: number,
  name: string,
  groupId: string,
  enterpriseId: string | null,
  chain: string,
  location: string,
  stage: FolioOutline['stage'],
  totalInvestment: number,
  fundsInPlace: number,
  leaderId: string | null,
  stewardId: string | null,
  createdAt: string,
  updatedAt: string,
  tags: string[],
  demandItems: ItemRow[],
  supplyItems: ItemRow[],
  blockers: BlockerRow[],
  lastProgressOn: string | null,
];

const itemRows = (items: readonly ChecklistItem[]): ItemRow[] =>
  items
    .filter((i) => i.doneOn === null && i.due !== null)
    .map(({ id, text, owner, due }) => [id, text, owner, due]);

/** A folio's outline row: items only while open with a due date, blockers only while open. */
export function outlineRow(folio: Folio): OutlineRow {
  let last: string | null = null;
  for (const p of folio.progress) if (last === null || p.date > last) last = p.date;
  return [
    folio.id,
    folio.rev,
    folio.name,
    folio.groupId,
    folio.enterpriseId,
    folio.chain,
    folio.location,
    folio.stage,
    folio.totalInvestment,
    folio.fundsInPlace,
    folio.leaderId,
    folio.stewardId,
    folio.createdAt,
    folio.updatedAt,
    folio.tags,
    itemRows(folio.demandItems),
    itemRows(folio.supplyItems),
    folio.blockers
      .filter(isOpenBlocker)
      .map(({ id, problem, department, status, raisedOn }) => [
        id,
        problem,
        department,
        status,
        raisedOn,
      ]),
    last,
  ];
}

const itemOf = ([id, text, owner, due]: ItemRow): OutlineItem => ({
  id,
  text,
  owner,
  due,
  doneOn: null,
});

const blockerOf = ([id, problem, department, status, raisedOn]: BlockerRow): OutlineBlocker => ({
  id,
  problem,
  department,
  status,
  raisedOn,
});

/** One empty list for every outline without items, blockers or progress (most of them). */
const NONE: readonly never[] = Object.freeze([]);

const listOf = <R, T>(rows: R[], make: (row: R) => T): readonly T[] =>
  rows.length === 0 ? NONE : rows.map(make);

const same = (value: string) => value;

/**
 * The outline a row stores; `share` gives one copy of the ids many folios repeat (a load's
 * string pool). Outlines live only until the folios are in memory: the fewer objects and
 * strings they hold, the less the open leaves behind.
 */
export function outlineFromRow(
  row: OutlineRow,
  share: (value: string) => string = same,
): FolioOutline {
  const last = row[18];
  const [leaderId, stewardId, enterpriseId] = [row[10], row[11], row[4]];
  return {
    id: row[0],
    rev: row[1],
    name: row[2],
    groupId: share(row[3]),
    enterpriseId: enterpriseId === null ? null : share(enterpriseId),
    chain: row[5],
    location: row[6],
    stage: row[7],
    totalInvestment: row[8],
    fundsInPlace: row[9],
    leaderId: leaderId === null ? null : share(leaderId),
    stewardId: stewardId === null ? null : share(stewardId),
    createdAt: row[12],
    updatedAt: row[13] === row[12] ? row[12] : row[13],
    tags: row[14],
    demandItems: listOf(row[15], itemOf),
    supplyItems: listOf(row[16], itemOf),
    blockers: listOf(row[17], blockerOf),
    progress: last === null ? NONE : [{ date: last }],
  };
}

/** What the list, 工作台 and the groups' totals read of a folio (a row and back). */
export function outlineOf(folio: Folio): FolioOutline {
  return outlineFromRow(outlineRow(folio));
}

/** Whether a value read from a head has the shape of a row (its values were written by us). */
export function isOutlineRow(value: unknown): value is OutlineRow {
  return (
    Array.isArray(value) &&
    value.length === 19 &&
    typeof value[0] === 'string' &&
    Array.isArray(value[15]) &&
    Array.isArray(value[16]) &&
    Array.isArray(value[17])
  );
}
