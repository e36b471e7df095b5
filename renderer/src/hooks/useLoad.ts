import { useCallback, useEffect, useState } from 'react';

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
  data: T | undefined;
  error: unknown;
}

/**
 * Runs `load` (keep it stable with useCallback) and again whenever it changes or `reload` is
 * called. Answers of superseded runs are dropped.
 */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [round, setRound] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    let live = true;
    load().then(
      (data) => {
        if (live) setSettled({ load, round, data, error: undefined });
      },
      (error: unknown) => {
        if (live) setSettled((prev) => ({ load, round, data: prev?.data, error }));
      },
    );
    return () => {
      live = false;
    };
  }, [load, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  const loading = !settled || settled.load !== load || settled.round !== round;
  return {
    data: settled?.data,
    error: loading ? undefined : settled?.error,
    loading,
    reload,
  };
}
