// Runs calls that change one record, each given the record's current rev, never an older one.
import { useCallback, useEffect, useRef } from 'react';
import { ApiError, isApiError } from '../api/api-error';

/**
 * Runs calls that change one record (a folio, a trip), each given the record's current rev:
 * calls made one after another before the page re-renders (clicks, files dropped together)
 * each need the rev the previous one returned. On a conflict (changed elsewhere) the page
 * reloads and the error says so in the user's words.
 */
export function useRevisionRun<R extends { rev: number }>(
  record: R,
  onSaved: (record: R) => void,
  reload: () => void,
  conflictMessage: string,
): (call: (rev: number) => Promise<R>) => Promise<R> {
  const rev = useRef(record.rev);
  useEffect(() => {
    // Never back: a reload that started before the last save may arrive after it with the
    // older rev, and the next save would then be refused as a conflict.
    rev.current = Math.max(rev.current, record.rev);
  }, [record.rev]);

  return useCallback(
    async (call: (rev: number) => Promise<R>) => {
      try {
        const next = await call(rev.current);
        rev.current = Math.max(rev.current, next.rev);
        onSaved(next);
        return next;
      } catch (error) {
        if (!isApiError(error) || error.kind !== 'conflict') throw error;
        reload();
        throw new ApiError({ kind: 'conflict', message: conflictMessage, fields: [] });
      }
    },
    [onSaved, reload, conflictMessage],
  );
}
