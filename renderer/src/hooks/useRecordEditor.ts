// The save calls of a record's page: its update method sent with the record's id and current rev.
import { useCallback } from 'react';
import { useApi } from '../api/ApiContext';
import type { InputOf, ResultOf } from '../api/contract-types';
import { useQuickAction } from '../components/useQuickAction';
import { useT } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/translate';
import { useRevisionRun } from './useRevisionRun';

/** The methods that update a whole record given its id and rev. */
type UpdateMethod = 'folios.update' | 'trips.update';
/** What an update method takes beside the id and rev. */
type PatchOf<M extends UpdateMethod> = Omit<InputOf<M>, 'id' | 'rev'>;

/** What a conflict says: the record was changed elsewhere, and the page has been reloaded. */
const CONFLICT: Record<UpdateMethod, MessageKey> = {
  'folios.update': 'folioDetail.conflict',
  'trips.update': 'trips.conflict',
};

/**
 * The calls a record's page changes it with: `run` (useRevisionRun), `save` (the update method
 * with the record's id and current rev; throws on failure, forms show it) and `quickSave` (a
 * one-click save whose failure is shown as a message, success said as `done` if given).
 */
export function useRecordEditor<M extends UpdateMethod>(
  method: M,
  record: ResultOf<M>,
  onSaved: (record: ResultOf<M>) => void,
  reload: () => void,
) {
  const api = useApi();
  const t = useT();
  const quick = useQuickAction();
  const run = useRevisionRun(record, onSaved, reload, t(CONFLICT[method]));
  const update = api[method] as (input: InputOf<M>) => Promise<ResultOf<M>>;

  const save = useCallback(
    (patch: PatchOf<M>) =>
      run((current) => update({ id: record.id, rev: current, ...patch } as InputOf<M>)),
    [update, record.id, run],
  );
  const quickSave = useCallback(
    (patch: PatchOf<M>, done?: string) => quick(() => save(patch), done),
    [save, quick],
  );
  return { run, save, quickSave, quick };
}
