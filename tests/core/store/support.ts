// Test helpers for the store: a test clock, stores that must open, seeded folders, record dumps, faults.
import { expect, onTestFinished } from 'vitest';
import { steppingClock, type Clock } from '../../../electron/core/clock';
import { COLLECTION_NAMES, type CollectionName } from '../../../electron/core/model/collections';
import {
  writeDurable,
  type DurableStep,
  type FaultHook,
  type WriteDurableOptions,
  type WriteFn,
} from '../../../electron/core/store/durable-file';
import { openStore, type OpenStoreOptions } from '../../../electron/core/store/open-store';
import type { DossierStore } from '../../../electron/core/store/store';
import { buildFixture, fixtureChange, type FixtureDataset } from '../../helpers/fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

export const START = new Date('2024-04-01T01:00:00.000Z');
export const testClock = (): Clock => steppingClock(START, 1000);

/** Opens a store that must open, and closes it when the test finishes. */
export async function openOk(
  dir: string,
  options: Partial<OpenStoreOptions> = {},
): Promise<DossierStore> {
  const result = await openStore(dir, { clock: testClock(), ...options });
  if (!result.ok) throw new Error(`open failed: ${result.problem.kind} ${result.problem.message}`);
  onTestFinished(() => result.store.close());
  return result.store;
}

/** A temp data folder holding the fixture of `n` folios (committed in one go, store closed). */
export async function seededDir(n: number): Promise<{ dir: string; data: FixtureDataset }> {
  const dir = await makeTempDir();
  const data = buildFixture(n);
  const store = await openOk(dir);
  await store.commit(fixtureChange(data));
  await store.close();
  return { dir, data };
}

/** Every record of a store, by collection, sorted by id: for whole-state comparisons. */
export function dumpRecords(store: DossierStore): Record<CollectionName, unknown[]> {
  const out = {} as Record<CollectionName, unknown[]>;
  for (const name of COLLECTION_NAMES) {
    out[name] = [...store.all(name)].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  return out;
}

export function expectSameRecords(store: DossierStore, data: FixtureDataset): void {
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  const dump = dumpRecords(store);
  expect(dump.folios).toEqual(byId(data.folios));
  expect(dump.groups).toEqual(byId(data.groups));
  expect(dump.people).toEqual(byId(data.people));
  expect(dump.enterprises).toEqual(byId(data.enterprises));
}

/** A write primitive that behaves like the real one until told to fail. */
export function faultyWrite() {
  const calls: string[] = [];
  let rule: ((path: string, callIndex: number) => 'before' | 'after' | null) | null = null;
  const write: WriteFn = async (
    path: string,
    data: string | Uint8Array,
    options?: WriteDurableOptions,
  ) => {
    const index = calls.push(path) - 1;
    const when = rule?.(path, index) ?? null;
    if (when === 'before')
      throw Object.assign(new Error(`injected failure writing ${path}`), { code: 'EIO' });
    await writeDurable(path, data, options);
    if (when === 'after')
      throw Object.assign(new Error(`injected failure after writing ${path}`), { code: 'EIO' });
  };
  return {
    write,
    calls,
    /** From now on, `decide` says whether (and when) each write fails. */
    failWhen(decide: (path: string, callIndex: number) => 'before' | 'after' | null) {
      calls.length = 0;
      rule = decide;
    },
    heal() {
      rule = null;
    },
  };
}

/** A fault hook that makes the disk refuse `step` (none: refuse nothing) with error `code`. */
export function refusing(step: DurableStep | null, code: string): FaultHook {
  return (at) => {
    if (at === step) throw Object.assign(new Error(`injected ${code} at ${at}`), { code });
  };
}
