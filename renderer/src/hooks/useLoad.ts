/** useLoad: runs a load, keeps its last data, and runs it again when its data may have changed. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Domain } from '../api/invalidation';
import { useDataVersion } from '../workspace/ChangeFeed';

export interface Loaded<T> {
  /** The last data loaded; kept while a reload runs, so tables do not flash. */
  data: T | undefined;
  /** The error of the last attempt, if it failed. */
  error: unknown;
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  load: () => Promise<T>;
  round: number;
  version: number;
  data: T | undefined;
  error: unknown;
}

/**
 * Runs `load` (keep it stable with useCallback) and again whenever it changes, `reload` is
 * called or a change makes data of one of `domains` stale (see ChangeFeed). Answers of
 * superseded runs are dropped. For one API call, `useApiQuery` says it shorter.
 * `first`: the first load's answer, already here (the first render shows it; no load runs).
 */
export function useLoad<T>(
  load: () => Promise<T>,
  domains: readonly Domain[],
  first?: { result: T },
): Loaded<T> {
  const [round, setRound] = useState(0);
  const version = useDataVersion(domains);
  const [settled, setSettled] = useState<Settled<T> | null>(() =>
    first ? { load, round, version, data: first.result, error: undefined } : null,
  );
  const answered = useRef(first !== undefined);

  useEffect(() => {
    if (answered.current) {
      answered.current = false;
      return;
    }
    let live = true;
    load().then(
      (data) => {
        if (live) setSettled({ load, round, version, data, error: undefined });
      },
      (error: unknown) => {
        if (live) setSettled((prev) => ({ load, round, version, data: prev?.data, error }));
      },
    );
    return () => {
      live = false;
    };
  }, [load, round, version]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  const loading =
    !settled || settled.load !== load || settled.round !== round || settled.version !== version;
  return {
    data: settled?.data,
    error: loading ? undefined : settled?.error,
    loading,
    reload,
  };
}
