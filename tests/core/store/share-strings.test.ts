// Loading shares one copy of repeated ids and times: records read the same, edits after it keep the rest intact.
import { describe, expect, it } from 'vitest';
import {
  MAX_SHARED_LENGTH,
  MAX_SHARED_STRINGS,
  StringPool,
  shareRepeats,
} from '../../../electron/core/store/share-strings';
import { buildFixture, folioId } from '../../helpers/fixtures';
import { dropDigests } from './damage';
import { dumpRecords, expectSameRecords, openOk, seededDir } from './support';

describe('StringPool', () => {
  it('hands back a value equal to the one given, and keeps a bounded number of short strings', () => {
    const pool = new StringPool();
    for (let i = 0; i < MAX_SHARED_STRINGS + 100; i++) {
      const value = `id-${i}`;
      expect(pool.share(value)).toBe(value);
    }
    expect(pool.size).toBe(MAX_SHARED_STRINGS);
    const long = 'x'.repeat(MAX_SHARED_LENGTH + 1);
    expect(pool.share(long)).toBe(long);
    expect(pool.size).toBe(MAX_SHARED_STRINGS);
  });
});

describe('shareRepeats', () => {
  it('leaves every record of the fixture deep-equal to what it was', () => {
    const data = buildFixture(60);
    const pool = new StringPool();
    for (const list of [data.folios, data.groups, data.people, data.enterprises]) {
      for (const record of list) {
        const before = structuredClone(record);
        shareRepeats(record, pool);
        expect(record).toEqual(before);
      }
    }
  });
});

describe('shared empty lists and enterprise ids', () => {
  it('points empty lists at one frozen list and enterprise ids at the loaded enterprise', () => {
    const data = buildFixture(20);
    const enterprises = new Map(data.enterprises.map((e) => [structuredClone(e).id, e]));
    const pool = new StringPool();
    pool.knowEnterprises(enterprises);
    const [a, b] = data.folios.map((folio) => structuredClone(folio));
    if (!a || !b) throw new Error('fixture folios missing');
    const before = structuredClone(a);
    shareRepeats(a, pool);
    shareRepeats(b, pool);
    expect(a).toEqual(before);
    expect(a.contacts).toEqual([]);
    expect(a.contacts).toBe(b.contacts);
    expect(Object.isFrozen(a.contacts)).toBe(true);
    expect(() => (a.contacts as unknown[]).push('x')).toThrow(TypeError);
    expect(a.enterpriseId).toBe(enterprises.get(before.enterpriseId ?? '')?.id);
    // An id no enterprise has is kept as it was.
    const stray = { id: 'x', enterpriseId: 'no-such-enterprise' };
    shareRepeats(stray, pool);
    expect(stray.enterpriseId).toBe('no-such-enterprise');
  });
});

describe('loading with shared strings', () => {
  it('reads the records as committed, trusted by digest or validated one by one', async () => {
    const { dir, data } = await seededDir(300);
    const store = await openOk(dir);
    expectSameRecords(store, data);
    await store.close();
    await dropDigests(dir);
    expectSameRecords(await openOk(dir), data);
  });

  it('an edit after loading changes that folio only; the others stay as they were', async () => {
    const { dir, data } = await seededDir(300);
    const store = await openOk(dir);
    const before = dumpRecords(store);
    const target = store.get('folios', folioId(7));
    if (!target) throw new Error('fixture folio missing');
    const edited = { ...target, rev: target.rev + 1, notes: '已改' };
    await store.commit({ put: { folios: [edited] } });
    await store.close();

    const after = dumpRecords(await openOk(dir));
    expect(after.folios.find((f) => (f as { id: string }).id === folioId(7))).toEqual(edited);
    const others = (list: unknown[]) => list.filter((f) => (f as { id: string }).id !== folioId(7));
    expect(others(after.folios)).toEqual(others(before.folios));
    expect(others(after.folios)).toHaveLength(data.folios.length - 1);
    expect(after.groups).toEqual(before.groups);
    expect(after.people).toEqual(before.people);
    expect(after.enterprises).toEqual(before.enterprises);
  });
});
