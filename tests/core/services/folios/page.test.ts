// 'folios.page' gives exactly the rows of the whole list filtered and sorted, before and after edits.
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../../electron/core/api/contract';
import {
  FOLIO_SORT_KEYS,
  type FolioFilter,
  type FolioSummary,
} from '../../../../electron/core/api/views';
import { systemClock } from '../../../../electron/core/clock';
import {
  filterWords,
  rowOrder,
  rowText,
} from '../../../../electron/core/services/folios/list-view';
import { openStore } from '../../../../electron/core/store/open-store';
import type { Calls } from '../../../helpers/calls';
import { fixtureDesk } from '../../../helpers/fixture-desk';
import { openTestCore, type TestCore } from '../../../helpers/core';
import { buildFixture, fixtureChange, folioId, groupId, personId } from '../../../helpers/fixtures';
import { makeTempDir } from '../../../helpers/temp-dir';

async function fixtureCore(n: number): Promise<TestCore> {
  const dir = await makeTempDir();
  const seeded = await openStore(dir, { clock: systemClock });
  if (!seeded.ok) throw new Error(seeded.problem.message);
  await seeded.store.commit(fixtureChange(buildFixture(n)));
  await seeded.store.close();
  return openTestCore(dir);
}

type PageInput = Required<Omit<InputOf<'folios.page'>, 'withIds'>>;

/** The whole computation: every row of the filter, the text, sorted, then the slice. */
async function wholeList(t: Calls, input: PageInput): Promise<FolioSummary[]> {
  const words = filterWords(input.text);
  const order = rowOrder(input.sort);
  const sign = input.order === 'ascend' ? 1 : -1;
  return (await t.call('folios.list', input.filter))
    .filter((row) => words.every((w) => rowText(row).includes(w)))
    .sort((a, b) => sign * order(a, b));
}

async function expectSameAsWhole(t: Calls, input: PageInput): Promise<void> {
  const whole = await wholeList(t, input);
  const sum = (key: 'totalInvestment' | 'fundsInPlace') => whole.reduce((s, r) => s + r[key], 0);
  // Without ids twice (the first walk keeps the filter's totals, the second stops at a full
  // page), then with every id (a whole walk).
  for (const withIds of [false, false, true]) {
    const page = await t.call('folios.page', { ...input, withIds });
    expect(page.total).toBe(whole.length);
    expect(page.rows).toEqual(whole.slice(input.offset, input.offset + input.limit));
    expect(page.ids).toEqual(withIds ? whole.map((r) => r.id) : null);
    expect(page.totalInvestment).toBeCloseTo(sum('totalInvestment'), 6);
    expect(page.fundsInPlace).toBeCloseTo(sum('fundsInPlace'), 6);
  }
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const FILTERS: FolioFilter[] = [
  {},
  { groupId: groupId(2) },
  { stages: ['signed', 'started'] },
  { overdue: true },
  { stale: true },
  { chain: '新材料' },
];

/** A random page request over the fixture; the same seed gives the same requests. */
function requests(seed: number, count: number): PageInput[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  return Array.from({ length: count }, () => ({
    filter: pick(FILTERS),
    text: pick(['', '', '项目', '区 项目', 'zzz']),
    sort: pick(FOLIO_SORT_KEYS),
    order: pick(['ascend', 'descend'] as const),
    offset: pick([0, 0, 10, 50, 137]),
    limit: pick([1, 20, 50]),
  }));
}

describe("'folios.page'", () => {
  it('each page is the slice of the whole list, for every column, order, filter and text', async () => {
    const t = await fixtureCore(400);
    // Folios with one name (and stages, so they tie in other columns too), sorted by name first:
    // the other columns then break ties by the places of names in that order.
    for (const i of [3, 70, 141, 290]) {
      const { folio } = await t.call('folios.get', { id: folioId(i) });
      await t.call('folios.update', { id: folio.id, rev: folio.rev, name: '同名项目' });
    }
    await t.call('folios.page', { sort: 'name', offset: 300 });
    for (const input of requests(11, 60)) await expectSameAsWhole(t, input);
  });

  it('stays the same as the whole list after edits, a delete, a new folio and a renamed leader', async () => {
    const t = await fixtureCore(300);
    // Warm every column's order, so the edits below must keep them, not rebuild them.
    for (const sort of FOLIO_SORT_KEYS) await t.call('folios.page', { sort });
    // And the totals of every filter and text, so the edits below must keep them too.
    for (const input of requests(23, 40)) await t.call('folios.page', input);
    for (let i = 1; i <= 12; i++) {
      const { folio } = await t.call('folios.get', { id: folioId(i * 7) });
      await t.call('folios.update', {
        id: folio.id,
        rev: folio.rev,
        name: `甲${i}号改名项目`,
        totalInvestment: folio.fundsInPlace + i * 1000,
        tags: [...folio.tags, '已改'],
      });
    }
    const gone = (await t.call('folios.get', { id: folioId(5) })).folio;
    await t.call('folios.delete', { id: gone.id, rev: gone.rev });
    await t.call('folios.create', { groupId: groupId(1), name: '新建的测试项目', chain: '新材料' });
    for (const input of requests(23, 40)) await expectSameAsWhole(t, input);
    const first = await t.call('folios.page', { sort: 'name', order: 'ascend', text: '甲1号' });
    expect(first.rows.map((r) => r.name)).toContain('甲1号改名项目');

    const leader = (await t.call('people.list', {})).find((p) => p.id === personId(1));
    if (!leader) throw new Error('fixture has no person 1');
    await t.call('people.update', { id: leader.id, rev: leader.rev, name: '改了名的领导' });
    const led = await t.call('folios.page', { text: '改了名的领导', limit: 500 });
    expect(led.total).toBeGreaterThan(0);
    const named = (r: FolioSummary) => [r.leaderName, r.stewardName].includes('改了名的领导');
    expect(led.rows.every(named)).toBe(true);
    for (const input of requests(31, 10)) await expectSameAsWhole(t, input);
  });

  it('the first page after the rows are made afresh (picked, not sorted) is the slice of the whole list', async () => {
    const t = await fixtureCore(300);
    const person = (await t.call('people.list', {})).find((p) => p.id === personId(2));
    if (!person) throw new Error('fixture has no person 2');
    let rev = person.rev;
    let round = 0;
    for (const input of requests(47, 16)) {
      // A renamed person makes every row afresh: the next page is the first of a new view.
      rev = (await t.call('people.update', { id: person.id, rev, name: `领导${round++}` })).rev;
      await expectSameAsWhole(t, input);
    }
  });

  it('made afresh in the last name order, still sorts right by name after renames, a delete and a new folio', async () => {
    const t = await fixtureCore(300);
    await t.call('folios.page', { sort: 'name', offset: 250 });
    // Changes the kept name order takes in, while the order the rows were last sorted in (the
    // one a new list starts from) goes out of date.
    for (const [i, name] of [
      [12, '阿坝州改名项目'],
      [40, '中卫改名项目'],
      [77, '甲改名项目'],
    ] as const) {
      const { folio } = await t.call('folios.get', { id: folioId(i) });
      await t.call('folios.update', { id: folio.id, rev: folio.rev, name });
    }
    const gone = (await t.call('folios.get', { id: folioId(30) })).folio;
    await t.call('folios.delete', { id: gone.id, rev: gone.rev });
    await t.call('folios.create', { groupId: groupId(1), name: '安宁新建项目', chain: '新材料' });
    // A renamed person makes every row afresh.
    const person = (await t.call('people.list', {})).find((p) => p.id === personId(3));
    if (!person) throw new Error('fixture has no person 3');
    await t.call('people.update', { id: person.id, rev: person.rev, name: '改名后的联系人' });
    for (const order of ['ascend', 'descend'] as const)
      for (const offset of [0, 120]) {
        const input = { filter: {}, text: '', sort: 'name', order, offset, limit: 200 } as const;
        // A page past the first: the whole column is sorted.
        await expectSameAsWhole(t, input);
      }
  });

  it('starts afresh when a commit it was not told of came before the next edit', async () => {
    const t = await fixtureDesk(40, new Date('2024-04-01T09:00:00+08:00'), 'unseen');
    await t.call('folios.page', { sort: 'name' });
    await t.call('folios.page', { sort: 'totalInvestment' });
    // Written straight to the store, as no service does: the session hears nothing of it.
    const store = t.session.store();
    const unseen = store.get('folios', folioId(5));
    if (!unseen) throw new Error('no folio 5');
    await store.commit({ put: { folios: [{ ...unseen, name: '未经通知改名的项目' }] } });
    const { folio } = await t.call('folios.get', { id: folioId(9) });
    await t.call('folios.update', { id: folio.id, rev: folio.rev, notes: '跟进' });
    const named = await t.call('folios.page', { text: '未经通知改名' });
    expect(named.rows.map((r) => r.id)).toEqual([folioId(5)]);
    for (const sort of ['name', 'totalInvestment'] as const)
      await expectSameAsWhole(t, {
        filter: {},
        text: '',
        sort,
        order: 'ascend',
        offset: 0,
        limit: 50,
      });
  });

  it('refuses a page that is too large, naming the field', async () => {
    const t = await fixtureCore(5);
    const error = await t.fail('folios.page', { limit: 100_000 });
    expect(error.kind).toBe('validation');
    expect(error.fields?.map((f) => f.path)).toContain('limit');
  });
});
