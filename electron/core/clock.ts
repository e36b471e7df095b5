// The injected clock and id sources, with stepping clocks and sequential ids for tests and the demo.
import { randomUUID } from 'node:crypto';

/** Injected time source: services and the store never read the global clock themselves. */
export interface Clock {
  now(): Date;
}

/** Injected id source: ids are globally unique, never counters. */
export type IdGenerator = () => string;

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdGenerator = () => randomUUID();

/** A clock for tests and the demo: starts at `start` and moves on by `stepMs` per reading. */
export function steppingClock(start: Date, stepMs = 1000): Clock {
  let t = start.getTime();
  return {
    now: () => {
      const d = new Date(t);
      t += stepMs;
      return d;
    },
  };
}

/** Deterministic ids for tests: prefix plus a zero-padded sequence. */
export function sequentialIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(8, '0')}`;
}
