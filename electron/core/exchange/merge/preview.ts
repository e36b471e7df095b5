// The preview of a merge plan: counts, records by outcome, conflicts side by side, whose stamp is whose.
import { stampNode, stampTime } from '../hlc';
import { conflictPath } from './apply';
import { displayValue, fieldLabel, partLabel } from './labels';
import type { MergePlan, RecordPlan } from './plan';
import type {
  ConflictView,
  ExchangeCounts,
  ExchangePreview,
  RecordView,
} from '../../api/exchange-views';

export type { ConflictView, ExchangePreview, RecordView } from '../../api/exchange-views';
import { splitKey } from '../layout';

/** Who made a stamp: us, the sender, or another colleague's desk. */
export type NodeNames = (node: string) => string;

function itemName(plan: RecordPlan, key: string): string {
  if (splitKey(key).item === null) return '';
  const part = plan.merge?.sides.ours.get(key) ?? plan.merge?.sides.theirs.get(key);
  return part ? displayValue(JSON.parse(part.text)) : '';
}

/** A side of a conflict in words: a list item deleted on that side says so. */
function sideValue(key: string, sub: string | null, value: unknown): string {
  const deletedItem = value === null && sub === null && splitKey(key).item !== null;
  return deletedItem ? '（已删除）' : displayValue(value);
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
          value: sideValue(c.key, c.sub, c.ours),
          by: names(stampNode(c.oursStamp)),
          at: stampTime(c.oursStamp),
        },
        theirs: {
          value: sideValue(c.key, c.sub, c.theirs),
          by: names(stampNode(c.theirsStamp)),
          at: stampTime(c.theirsStamp),
        },
      });
    }
  }
  return { ...head, counts: countsOf(plan), records, conflicts };
}

/** A plan's counts as the preview and the import's result name them. */
export function countsOf({ counts }: MergePlan): ExchangeCounts {
  return {
    added: counts.new,
    updated: counts.updated,
    unchanged: counts.unchanged,
    older: counts.older,
    deleted: counts.deleted,
    conflicts: counts.conflict,
  };
}
