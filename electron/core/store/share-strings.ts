// Shares one copy of what loaded records repeat: reference ids, times, empty lists.

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
  #enterprises: ReadonlyMap<string, object> | null = null;

  /**
   * The enterprises already loaded (before the folios, on the app's open): a folio's
   * `enterpriseId` then points at its enterprise's own id (100,000 folios held 100,000 copies of
   * 500 ids). Their number is not bounded, so they do not go through the table.
   */
  knowEnterprises(enterprises: ReadonlyMap<string, object>): void {
    this.#enterprises = enterprises;
  }

  /** The loaded enterprise's copy of `value`, or `value` itself. */
  enterpriseId(value: string): string {
    const id = (this.#enterprises?.get(value) as { id?: unknown } | undefined)?.id;
    return id === value ? id : value;
  }

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
 * The one empty list a loaded record's empty list fields point at (a folio's contacts and
 * attachments are most often empty: 200,000 arrays of 32 bytes at 100,000 folios). Frozen, as
 * every stored record is on its way out: an edit in place throws, as it would on the record.
 */
const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Points the fields of a freshly parsed record that are known to repeat at one copy of each
 * value: references through the pool (enterprise ids through the enterprises loaded), times at
 * the record's own `createdAt`/`updatedAt` (a record's history starts at its creation and ends
 * at its last update), and empty lists at one frozen empty list. Called before the record is
 * frozen or handed out; values stay equal, so the record reads the same.
 */
export function shareRepeats(record: object, pool: StringPool): void {
  const fields = record as Loose;
  for (const key of REFERENCE_KEYS) {
    const value = fields[key];
    if (typeof value === 'string') fields[key] = pool.share(value);
  }
  if (typeof fields.enterpriseId === 'string')
    fields.enterpriseId = pool.enterpriseId(fields.enterpriseId);
  for (const key in fields) {
    const value = fields[key];
    if (Array.isArray(value) && value.length === 0) fields[key] = EMPTY;
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
