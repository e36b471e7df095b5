// The search hook: debounced search.find calls (asked again until complete), the hits and which query they answer.
import { useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { ResultOf } from '../../api/contract-types';

export type SearchHit = ResultOf<'search.find'>['hits'][number];

/** Runs `run` after `ms`; returns the function that calls it off. Tests pass their own. */
export type Schedule = (run: () => void, ms: number) => () => void;

export const timerSchedule: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

export interface SearchOptions {
  /** How long typing must pause before the search runs. */
  delay?: number;
  schedule?: Schedule;
  limit?: number;
  /** How long to wait before asking again when an answer is not complete (index still building). */
  retry?: number;
}

interface Answer {
  query: string;
  hits: SearchHit[];
  error: unknown;
}

export interface SearchResult {
  /** The query the hits answer (the text typed may already be further on). */
  query: string;
  hits: SearchHit[];
  error: unknown;
  /** A search for the current text has not answered yet. */
  pending: boolean;
}

const NONE: Answer = { query: '', hits: [], error: undefined };

/**
 * Searches for `text` once typing pauses. Keeps showing the last answer while the next one
 * runs, so the list does not flash; drops answers to text that has changed since. An answer
 * that is not complete (right after open the index is still being built) is shown, and the
 * same text asked again after `retry` until the answer is complete.
 */
export function useSearch(
  text: string,
  { delay = 120, schedule = timerSchedule, limit = 30, retry = 300 }: SearchOptions = {},
): SearchResult {
  const api = useApi();
  const [answer, setAnswer] = useState<Answer>(NONE);
  const query = text.trim();

  useEffect(() => {
    if (!query) return undefined;
    let live = true;
    let cancel = () => {};
    const ask = () => {
      api['search.find']({ text: query, limit }).then(
        ({ hits, complete }) => {
          if (!live) return;
          setAnswer({ query, hits, error: undefined });
          if (!complete) cancel = schedule(ask, retry);
        },
        (error: unknown) => live && setAnswer({ query, hits: [], error }),
      );
    };
    cancel = schedule(ask, delay);
    return () => {
      live = false;
      cancel();
    };
  }, [api, query, delay, schedule, limit, retry]);

  if (!query) return { ...NONE, pending: false };
  return { ...answer, pending: answer.query !== query };
}
