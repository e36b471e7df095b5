// The prerendered list's sample rows: each row's key names the kinds of cell it has.
import type { FolioSummary } from '../api/contract-types';

/** What makes a row's cells differ in kind: its stage's tag, and counts above 0 or not. */
export interface SampleKind {
  stage: FolioSummary['stage'];
  overdue: boolean;
  blockers: boolean;
}

const PREFIX = 'first-screen';

/** The key of the sample row of this kind. */
export const sampleKey = ({ stage, overdue, blockers }: SampleKind) =>
  [PREFIX, stage, overdue ? 1 : 0, blockers ? 1 : 0].join(':');

/** The kind of the sample row with this key; null for any other key. */
export function sampleKind(key: string): SampleKind | null {
  const [prefix, stage, overdue, blockers] = key.split(':');
  if (prefix !== PREFIX || !stage) return null;
  return {
    stage: stage as SampleKind['stage'],
    overdue: overdue === '1',
    blockers: blockers === '1',
  };
}

/** The kind of cells a folio's row has. */
export const kindOf = (folio: FolioSummary): SampleKind => ({
  stage: folio.stage,
  overdue: folio.overdueItems > 0,
  blockers: folio.openBlockers > 0,
});
