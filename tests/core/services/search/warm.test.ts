// The search index built in steps after open: same answers as a lazy build, edits meanwhile kept.
import { describe, expect, it, onTestFinished } from 'vitest';
import { systemClock } from '../../../../electron/core/clock';
import { SearchIndex } from '../../../../electron/core/services/search/search-index';
import { openStore } from '../../../../electron/core/store/open-store';
import type { DossierStore } from '../../../../electron/core/store/store';
import type { StoreReader } from '../../../../electron/core/services/search/record-texts';
import { buildFixture, fixtureChange, folioId } from '../../../helpers/fixtures';
import { sourceOf } from '../../../helpers/search-source';
import { makeTempDir } from '../../../helpers/temp-dir';

async function fixtureStore(n: number): Promise<DossierStore> {
  const opened = await openStore(await makeTempDir(), { clock: systemClock });
  if (!opened.ok) throw new Error(opened.problem.message);
  await opened.store.commit(fixtureChange(buildFixture(n)));
  onTestFinished(() => opened.store.close());
  return opened.store;
}

const QUERIES = ['项目', '产业园', 'xm', 'chanye', '天水', '区', '对账销号', '临时用电'];

/**
 * Builds an index over 300 folios in steps of no time at all, calling `look` with one of
 * QUERIES between each step (and `whole`, an index built at once); gives both and the looks.
 */
async function duringBuild(look: (index: SearchIndex, whole: SearchIndex, q: string) => void) {
  const store = await fixtureStore(300);
  const whole = new SearchIndex(sourceOf(store));
  whole.build();
  const index = new SearchIndex(sourceOf(store));
  let ended = false;
  void index.warm(0).then(() => (ended = true));
  let looks = 0;
  while (!ended) {
    look(index, whole, QUERIES[looks++ % QUERIES.length] ?? '');
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { index, whole, looks };
}

describe('search index built in the background', () => {
  it('answers as an index built on the first query does', async () => {
    const store = await fixtureStore(400);
    const warmed = new SearchIndex(sourceOf(store));
    await warmed.warm(0);
    const lazy = new SearchIndex(sourceOf(store));
    for (const q of QUERIES) expect(warmed.query(q, 50)).toEqual(lazy.query(q, 50));
  });

  it('waits between its steps while a save is under way, then goes on to the whole index', async () => {
    const store = await fixtureStore(300);
    let saved = () => {};
    const saving = new Promise<void>((resolve) => (saved = resolve));
    let asked = 0;
    const index = new SearchIndex({
      ...sourceOf(store),
      idle: () => {
        asked++;
        return saving;
      },
    });
    let built = false;
    const warming = index.warm(0).then(() => (built = true));
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    // One look, then no step while the save runs.
    expect(asked).toBe(1);
    expect(built).toBe(false);
    saved();
    await warming;
    expect(asked).toBeGreaterThan(1);
    const whole = new SearchIndex(sourceOf(store));
    for (const q of QUERIES) expect(index.query(q, 50)).toEqual(whole.query(q, 50));
  });

  it('keeps an edit made while it is being built', async () => {
    const store = await fixtureStore(400);
    const folio = store.get('folios', folioId(1));
    if (!folio) throw new Error('no folio 1');
    const renamed = { ...folio, name: '半途改名的项目', rev: folio.rev + 1 };
    // The store as the index reads it, where the edit shows once `edited` is set (as a commit
    // would make it, without the wait for the disk that lets the build finish first).
    let edited = false;
    const reader: StoreReader = {
      peek: ((collection: string, id: string) =>
        edited && id === folio.id
          ? renamed
          : store.peek(collection as 'folios', id)) as StoreReader['peek'],
      scan: store.scan.bind(store),
      loaded: true,
    };
    const source = { ...sourceOf(store), store: () => reader };
    const index = new SearchIndex(source);
    const warming = index.warm(0);
    // The build yields between steps: the edit lands in the middle of it, on a folio it has
    // already indexed.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    edited = true;
    source.notify({ put: { folios: [renamed] } });
    await warming;
    expect(index.query('半途改名', 10).map((h) => h.id)).toEqual([folio.id]);
    expect(index.query(folio.name, 50).map((h) => h.id)).not.toContain(folio.id);
  });

  it('a query at any point of the build answers as the whole index does', async () => {
    const { index, whole, looks } = await duringBuild((index, whole, q) => {
      for (const limit of [1, 5, 50]) expect(index.query(q, limit)).toEqual(whole.query(q, limit));
    });
    // The first query gave every record its slot; the other parts went on in steps of 64
    // records (over 300 folios and their enterprises, people and groups), a query between each.
    expect(looks).toBeGreaterThan(4);
    for (const q of QUERIES) expect(index.query(q, 50)).toEqual(whole.query(q, 50));
  });

  it('reads the parts not indexed yet from the store: a hit on a log only, before the last pass', async () => {
    const store = await fixtureStore(50);
    const index = new SearchIndex(sourceOf(store));
    // The names are indexed (the query needs them), the other parts not: nothing warms here.
    const before = index.query('对账销号', 50);
    index.build();
    expect(before.length).toBeGreaterThan(0);
    expect(before).toEqual(index.query('对账销号', 50));
  });

  it('the search box’s query, during the build: only true hits, flagged incomplete until complete', async () => {
    let incomplete = 0;
    const { index, whole } = await duringBuild((index, whole, q) => {
      // No time to read records not indexed yet: the answer comes from the part built so far.
      const { hits, complete } = index.find(q, 50, 0);
      if (complete) expect(hits).toEqual(whole.query(q, 50));
      else {
        incomplete++;
        const all = whole.query(q, 500).map((h) => h.id);
        for (const hit of hits) expect(all).toContain(hit.id);
      }
    });
    expect(incomplete).toBeGreaterThan(0);
    for (const q of QUERIES) {
      expect(index.find(q, 50, 0)).toEqual({ hits: whole.query(q, 50), complete: true });
    }
  });

  it('the search box’s query, given the time to read every record, answers in full before the build', async () => {
    const store = await fixtureStore(50);
    const index = new SearchIndex(sourceOf(store));
    const whole = new SearchIndex(sourceOf(store));
    whole.build();
    // It gives the names their slots and reads the other parts itself; a Chinese query needs no pinyin.
    const answer = index.find('对账销号', 50, Infinity);
    expect(answer.hits.length).toBeGreaterThan(0);
    expect(answer).toEqual({ hits: whole.query('对账销号', 50), complete: true });
  });
});
