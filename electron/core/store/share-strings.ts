// Shares one copy of the strings loaded records repeat (workspace, group and people ids, times).

/**
 * JSON.parse makes a new string for every value longer than a few characters, so the same
 * workspace id held by 100,000 folios is 100,000 strings (~56 bytes each). Records are plain
 * data compared by value, so pointing them at one copy changes nothing a reader can see.
 * Only short strings are shared: long ones are text, which rarely repeats.
 */
export const MAX_SHARED_LENGTH = 40;

/** The most distinct strings one pool keeps (each ≤ 40 characters: well under 1 MB). */
export const MAX_SHARED_STRINGS = 4096;

/** Fields that point at another record: few distinct values, each held by many records. */
const REFERENCE_KEYS = ['workspaceId', 'groupId', 'leaderId', 'stewardId'] as const;

/** A bounded table of strings seen while loading; dropped with the load. */
export class StringPool {
  readonly #table = new Map<string, string>();

  /** The pool's copy of `value` (the first one seen), or `value` itself. */
  share(value: string): string {
    if (value.length > MAX_SHARED_LENGTH) return value;
    const kept = this.#table.get(value);
    if (kept !== undefined) return kept;
    if (this.#table.size < MAX_SHARED_STRINGS) this.#table.set(value, value);
    return value;
  }

  get size(): number {
    return this.#table.size;
  }
}

type Loose = Record<string, unknown>;

/**
 * Points the fields of a freshly parsed record that are known to repeat at one copy of each
 * string: references through the pool, and times at the record's own `createdAt`/`updatedAt`
 * (a record's history starts at its creation and ends at its last update). Called before the
 * record is frozen or handed out; values stay equal, so the record reads the same.
 */
export function shareRepeats(record: object, pool: StringPool): void {
  const fields = record as Loose;
  for (const key of REFERENCE_KEYS) {
    const value = fields[key];
    if (typeof value === 'string') fields[key] = pool.share(value);
  }
  const created = fields.createdAt;
  const updated = fields.updatedAt;
  if (typeof created !== 'string') return;
  if (updated === created) fields.updatedAt = created;
  const history = fields.history;
  if (!Array.isArray(history)) return;
  for (const entry of history as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const at = (entry as Loose).at;
    if (at === created) (entry as Loose).at = created;
    else if (at === updated) (entry as Loose).at = updated;
  }
}
