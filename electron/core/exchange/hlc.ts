// Version stamps from a hybrid logical clock: making, parsing and advancing stamps, node per workspace.
import { createHash } from 'node:crypto';

/*
 * Version stamps: a hybrid logical clock (after Actual Budget's crdt/timestamp.ts), written
 * as one compact string that sorts the way the clock does:
 *
 *   <wall time, ms, base 36, 9 digits>-<counter, base 36, 3 digits>-<node, 10 hex digits>
 *   e.g. "0mhzq8x3k-000-3f9a1c2b7d"   (24 characters)
 *
 * The node is derived from the workspace id, so each desk's stamps are told apart. Stamps of
 * one node only grow (the last one is kept in the workspace meta across restarts), which is
 * what the merge relies on; stamps of different nodes are compared only to break ties.
 */

export const STAMP_LENGTH = 24;
const MS_DIGITS = 9;
const COUNTER_DIGITS = 3;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
const NODE_RE = /^[0-9a-f]{10}$/;
export const STAMP_RE = /^[0-9a-z]{9}-[0-9a-z]{3}-[0-9a-f]{10}$/;
/** A remote stamp further ahead of our wall clock than this does not move our clock. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

/** The node of a workspace: the first 10 hex digits of the SHA-256 of its id. */
export function nodeOf(workspaceId: string): string {
  return createHash('sha256').update(workspaceId).digest('hex').slice(0, 10);
}

export function makeStamp(millis: number, counter: number, node: string): string {
  if (!NODE_RE.test(node)) throw new Error(`invalid HLC node: ${node}`);
  if (counter < 0 || counter > MAX_COUNTER) throw new Error('HLC counter overflow');
  const ms = Math.max(0, Math.floor(millis)).toString(36).padStart(MS_DIGITS, '0');
  return `${ms}-${counter.toString(36).padStart(COUNTER_DIGITS, '0')}-${node}`;
}

export interface ParsedStamp {
  millis: number;
  counter: number;
  node: string;
}

export function parseStamp(stamp: string): ParsedStamp | null {
  if (!STAMP_RE.test(stamp)) return null;
  return {
    millis: parseInt(stamp.slice(0, MS_DIGITS), 36),
    counter: parseInt(stamp.slice(MS_DIGITS + 1, MS_DIGITS + 1 + COUNTER_DIGITS), 36),
    node: stamp.slice(-10),
  };
}

/** The node part of a stamp (no parsing: stamps are checked where they come in). */
export function stampNode(stamp: string): string {
  return stamp.slice(-10);
}

/** The wall time of a stamp as an ISO string, for "who and when" in the preview. */
export function stampTime(stamp: string): string {
  const parsed = parseStamp(stamp);
  return parsed ? new Date(parsed.millis).toISOString() : '';
}

/** The stamp a record without stamps is given: its updatedAt, counter 0, its workspace's node. */
export function stampFromIso(iso: string, workspaceId: string): string {
  const ms = Date.parse(iso);
  return makeStamp(Number.isFinite(ms) ? ms : 0, 0, nodeOf(workspaceId));
}

/**
 * One desk's clock. `send()` gives the stamp of a local change; `recv()` moves the clock past
 * a stamp that came in, so later local stamps sort after what this desk has seen.
 */
export class Hlc {
  #millis = 0;
  #counter = 0;

  constructor(
    readonly node: string,
    private readonly wall: () => number,
    last?: string,
  ) {
    if (!NODE_RE.test(node)) throw new Error(`invalid HLC node: ${node}`);
    if (last) this.#advanceTo(last);
  }

  /** The newest stamp this clock has given or seen (what the workspace meta keeps). */
  last(): string {
    return makeStamp(this.#millis, this.#counter, this.node);
  }

  send(): string {
    const now = this.wall();
    if (now > this.#millis) {
      this.#millis = now;
      this.#counter = 0;
    } else if (this.#counter < MAX_COUNTER) {
      this.#counter += 1;
    } else {
      // The counter is spent within one millisecond: borrow the next millisecond.
      this.#millis += 1;
      this.#counter = 0;
    }
    return this.last();
  }

  recv(remote: string): void {
    const parsed = parseStamp(remote);
    if (!parsed || parsed.millis > this.wall() + MAX_DRIFT_MS) return;
    this.#advanceTo(remote);
  }

  #advanceTo(stamp: string): void {
    const parsed = parseStamp(stamp);
    if (!parsed) return;
    if (
      parsed.millis > this.#millis ||
      (parsed.millis === this.#millis && parsed.counter > this.#counter)
    ) {
      this.#millis = parsed.millis;
      this.#counter = parsed.counter;
    }
  }
}
