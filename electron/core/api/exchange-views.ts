/* What an export covers, and the preview and result of an import as the API returns them (types only: the renderer reads them). */
import type { TRASHABLE } from '../model/trash';

/** What an export covers; each also takes what its records refer to. */
export type ExchangeScope =
  | { kind: 'all' }
  | { kind: 'group'; id: string }
  | { kind: 'trip'; id: string }
  | { kind: 'folios'; ids: string[] };

/** The collections that travel between colleagues (the officer's own records). */
export type ExchangeCollection = (typeof TRASHABLE)[number];

/** What an import does to one record. */
export type RecordOutcome = 'new' | 'updated' | 'unchanged' | 'older' | 'deleted' | 'conflict';

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

/** How many records of a bundle are new, newer, the same, older, deleted or in conflict. */
export interface ExchangeCounts {
  added: number;
  updated: number;
  unchanged: number;
  older: number;
  deleted: number;
  conflicts: number;
}

export interface ExchangePreview {
  stagedId: string;
  fileName: string;
  sender: string;
  workspaceName: string;
  createdAt: string;
  /** 'sync': 专班协同's waiting conflicts (workspaceName names the groups), not a bundle file. */
  source?: 'sync';
  counts: ExchangeCounts;
  records: RecordView[];
  conflicts: ConflictView[];
}

/** What an import did (or, when `applied` is false, found nothing to write). */
export interface ExchangeApplyResult extends ExchangeCounts {
  applied: boolean;
  /** The undo label (撤销 takes the whole import back). */
  label: string | null;
}
