// useDocumentJob: starts documents.generate, long-polls the job, cancels it or retries with 〓.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { DocumentJob, InputOf } from '../../api/contract-types';
import { useNotifyError } from '../../components/useNotifyError';
import { useAnnounceChange } from '../../workspace/ChangeFeed';

export type GenerateInput = InputOf<'documents.generate'>;

/** How long each long poll of documents.job may wait for the job to move. */
export const POLL_WAIT_MS = 10_000;

export interface DocumentJobControl {
  /** The job last started (running, or how it ended); null before the first 生成. */
  job: DocumentJob | null;
  /** True while documents.generate itself is being answered. */
  starting: boolean;
  start: (input: GenerateInput) => Promise<void>;
  cancel: () => Promise<void>;
  /** Runs the last request again, drawing characters no font has as 〓. */
  retryReplacing: () => Promise<void>;
  reset: () => void;
}

/**
 * Starts a generation and follows it with long polls (no timers): each answer comes when the
 * job moves. When it ends, loaded views refresh so 生成记录 shows the new entry.
 */
export function useDocumentJob(): DocumentJobControl {
  const api = useApi();
  const notifyError = useNotifyError();
  const announceChange = useAnnounceChange();
  const [job, setJob] = useState<DocumentJob | null>(null);
  const [starting, setStarting] = useState(false);
  const lastInput = useRef<GenerateInput | null>(null);
  // Each start gets a number; a poll loop stops once a newer start (or unmount) replaces it.
  const round = useRef(0);
  useEffect(
    () => () => {
      round.current += 1;
    },
    [],
  );

  const follow = useCallback(
    async (first: DocumentJob, mine: number) => {
      let current = first;
      while (current.state === 'running') {
        current = await api['documents.job']({ jobId: current.id, waitMs: POLL_WAIT_MS });
        if (round.current !== mine) return;
        setJob(current);
      }
      announceChange('documents.generate');
    },
    [api, announceChange],
  );

  const start = useCallback(
    async (input: GenerateInput) => {
      const mine = ++round.current;
      lastInput.current = input;
      setStarting(true);
      try {
        const first = await api['documents.generate'](input);
        if (round.current !== mine) return;
        setJob(first);
        setStarting(false);
        await follow(first, mine);
      } catch (error) {
        if (round.current !== mine) return;
        setStarting(false);
        notifyError(error);
      }
    },
    [api, follow, notifyError],
  );

  const cancel = useCallback(async () => {
    if (!job) return;
    try {
      setJob(await api['documents.cancel']({ jobId: job.id }));
    } catch (error) {
      notifyError(error);
    }
  }, [api, job, notifyError]);

  const retryReplacing = useCallback(async () => {
    if (lastInput.current) await start({ ...lastInput.current, missingGlyphs: 'replace' });
  }, [start]);

  const reset = useCallback(() => {
    round.current += 1;
    setJob(null);
    setStarting(false);
  }, []);

  return { job, starting, start, cancel, retryReplacing, reset };
}
