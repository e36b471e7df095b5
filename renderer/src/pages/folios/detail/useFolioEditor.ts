// FolioEditor: every change to the folio sends the rev the page shows and takes the folio returned.
import { useMemo } from 'react';
import type { Folio } from '../../../api/contract-types';
import { useRecordEditor } from '../../../hooks/useRecordEditor';
import type { FolioPatch } from './types';

export interface FolioEditor {
  folio: Folio;
  /** Runs a call that changes the folio, given its current rev; shows the folio it returns. */
  run: (call: (rev: number) => Promise<Folio>) => Promise<Folio>;
  /** `folios.update` with the folio's id and rev. Throws on failure (forms show it). */
  save: (patch: FolioPatch) => Promise<Folio>;
  /** A one-click save: failures are shown as a message; success says `done` if given. */
  quickSave: (patch: FolioPatch, done?: string) => Promise<void>;
}

/**
 * Every change to the folio goes through here: it sends the rev the page shows, takes the
 * folio the server returns, and on a conflict (changed elsewhere) reloads and says so.
 */
export function useFolioEditor(
  folio: Folio,
  onSaved: (folio: Folio) => void,
  reload: () => void,
): FolioEditor {
  const { run, save, quickSave } = useRecordEditor('folios.update', folio, onSaved, reload);

  return useMemo(() => ({ folio, run, save, quickSave }), [folio, run, save, quickSave]);
}
