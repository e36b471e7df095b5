import { stampNode, stampTime } from '../hlc';
import type { ExchangeCollection } from '../types';
import { conflictPath } from './apply';
import { displayValue, fieldLabel, partLabel } from './labels';
import type { MergePlan, RecordOutcome, RecordPlan } from './plan';
import { splitKey } from '../layout';

/** One side of a conflict as the officer sees it. */
export interface ConflictSide {
  value: string;
  by: string;
  /** ISO time of the change (from its version stamp). */
  at: string;
}

export interface ConflictView {
  collection: ExchangeCollection;
  id: string;
  recordName: string;
  /** What a choice names: a field, `field.itemKey.itemField`, or '' for the whole record. */
  path: string;
  label: string;
  ours: ConflictSide;
  theirs: ConflictSide;
}

export interface RecordView {
  collection: ExchangeCollection;
  id: string;
  name: string;
  outcome: RecordOutcome;
  /** The fields that change here, in words. */
  fields: string[];
}

export interface ExchangePreview {
  stagedId: string;
  fileName: string;
  sender: string;
  workspaceName: string;
  createdAt: string;
  counts: {
    added: number;
    updated: number;
    unchanged: number;
    older: number;
    deleted: number;
    conflicts: number;
  };
  records: RecordView[];
  conflicts: ConflictView[];
}

/** Who made a stamp: us, the sender, or another colleague's desk. */
export type NodeNames = (node: string) => string;

function itemName(plan: RecordPlan, key: string): string {
  const { field, item } = splitKey(key);
  const list = (plan.ours as Record<string, unknown> | undefined)?.[field];
  if (!Array.isArray(list) || item === null) return '';
  const found = list.find((x: Record<string, unknown>) => String(x.id ?? x.date) === item) as
    Record<string, unknown> | undefined;
  return found ? displayValue(found) : '';
}

function deletionConflict(plan: RecordPlan, names: NodeNames, ourName: string): ConflictView {
  const t = plan.tombstone;
  const deleted = {
    value: '已删除',
    by: t?.deletedBy || names(stampNode(t?.stamp ?? '')),
    at: t?.deletedAt ?? '',
  };
  const record = (plan.kind === 'theirsDeleted' ? plan.ours : plan.theirs) as
    { updatedAt: string } | undefined;
  const kept = {
    value: '保留（删除后又有修改）',
    by: plan.kind === 'theirsDeleted' ? ourName : names(''),
    at: record?.updatedAt ?? '',
  };
  return {
    collection: plan.collection,
    id: plan.id,
    recordName: plan.name,
    path: '',
    label: '删除与修改',
    ours: plan.kind === 'theirsDeleted' ? kept : deleted,
    theirs: plan.kind === 'theirsDeleted' ? deleted : kept,
  };
}

/** The preview of a plan: counts, the records by outcome, the conflicts side by side. */
export function previewOf(
  plan: MergePlan,
  head: Omit<ExchangePreview, 'counts' | 'records' | 'conflicts'>,
  names: NodeNames,
  ourName: string,
): ExchangePreview {
  const conflicts: ConflictView[] = [];
  const records: RecordView[] = [];
  for (const r of plan.records) {
    const fields = new Set((r.merge?.changed ?? []).map((k) => fieldLabel(splitKey(k).field)));
    if (r.historyAdded > 0) fields.add('历史记录');
    records.push({
      collection: r.collection,
      id: r.id,
      name: r.name,
      outcome: r.outcome,
      fields: [...fields],
    });
    if (r.outcome !== 'conflict') continue;
    if (r.kind !== 'both') {
      conflicts.push(deletionConflict(r, names, ourName));
      continue;
    }
    for (const c of r.conflicts) {
      conflicts.push({
        collection: r.collection,
        id: r.id,
        recordName: r.name,
        path: conflictPath(c),
        label: partLabel(r.collection, c.key, c.sub, itemName(r, c.key)),
        ours: {
          value: displayValue(c.ours),
          by: names(stampNode(c.oursStamp)),
          at: stampTime(c.oursStamp),
        },
        theirs: {
          value: displayValue(c.theirs),
          by: names(stampNode(c.theirsStamp)),
          at: stampTime(c.theirsStamp),
        },
      });
    }
  }
  const { counts } = plan;
  return {
    ...head,
    counts: {
      added: counts.new,
      updated: counts.updated,
      unchanged: counts.unchanged,
      older: counts.older,
      deleted: counts.deleted,
      conflicts: counts.conflict,
    },
    records,
    conflicts,
  };
}

/** What an import did (or, when `applied` is false, found nothing to write). */
export interface ExchangeApplyResult {
  applied: boolean;
  /** The undo label (撤销 takes the whole import back). */
  label: string | null;
  added: number;
  updated: number;
  unchanged: number;
  older: number;
  deleted: number;
  conflicts: number;
}
