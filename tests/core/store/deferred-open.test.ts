// Checks the app's open: folio shards' heads (outlines) first, the folios after, damage found either way.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { sequentialIds } from '../../../electron/core/clock';
import type { FolioSortKey } from '../../../electron/core/api/views';
import { outlineOf } from '../../../electron/core/model/folio-outline';
import { todayOf } from '../../../electron/core/model/folio-status';
import { createCoreRegistry } from '../../../electron/core/services/index';
import { Session } from '../../../electron/core/services/session';
import { dashboardStats } from '../../../electron/core/services/dashboard/stats';
import { LiveDashboard } from '../../../electron/core/services/dashboard/live';
import { FolioListView } from '../../../electron/core/services/folios/list-view';
import { SearchIndex } from '../../../electron/core/services/search/search-index';
import { groupSummaries } from '../../../electron/core/services/summaries';
import { asciiJson } from '../../../electron/core/store/commit-writer';
import { LoadError } from '../../../electron/core/store/load-error';
import { openStore } from '../../../electron/core/store/open-store';
import type { DossierStore } from '../../../electron/core/store/store';
import type { ChangeSet } from '../../../electron/core/store/types';
import { callsOf } from '../../helpers/calls';
import { snapshotDir } from '../../helpers/dir-snapshot';
import { readManifest, replaceFile, shardOf, writeManifestJson } from './damage';
import { dumpRecords, expectSameRecords, seededDir, testClock } from './support';

async function openDeferred(dir: string): Promise<DossierStore> {
  const opened = await openStore(dir, { clock: testClock(), deferFolios: true });
  if (!opened.ok) throw new Error(opened.problem.message);
  onTestFinished(() => opened.store.close());
  return opened.store;
}

/**
 * A folio shard with the first character of a folio's name changed (same length), in its head
 * (where names are written in ASCII, as \u escapes) or in its records (UTF-8).
 */
async function damageName(dir: string, file: string, name: string, where: 'head' | 'records') {
  const text = await readFile(join(dir, file), 'utf8');
  const other = name.startsWith('甲') ? '乙' : '甲';
  const [quoted, changed] =
    where === 'head'
      ? [asciiJson(name), asciiJson(`${other}${name.slice(1)}`)]
      : [JSON.stringify(name), JSON.stringify(`${other}${name.slice(1)}`)];
  const at = text.indexOf(quoted);
  expect(at).toBeGreaterThan(0);
  // Each form is found once: the head's before the records.
  expect(text.lastIndexOf(quoted)).toBe(at);
  if (where === 'head') expect(at).toBeLessThan(text.indexOf(JSON.stringify(name)));
  await replaceFile(dir, file, text.slice(0, at) + changed + text.slice(at + quoted.length));
}

/** 200 folios, the shard of the `index`th one damaged (see damageName). */
async function damagedFolder(index: number, where: 'head' | 'records') {
  const { dir, data } = await seededDir(200);
  const { file, id } = await shardOf(dir, data, index);
  await damageName(dir, file, data.folios.find((f) => f.id === id)?.name ?? '', where);
  return { dir, file, id };
}

/** The core over `dir`, opened as the app opens it; closed after the test. */
async function appCore(dir: string) {
  const core = await createCoreRegistry({
    dataDir: dir,
    clock: testClock(),
    ids: sequentialIds('deferred'),
  });
  onTestFinished(() => core.close());
  return core;
}

const sameSource = (store: DossierStore) => ({
  store: () => store,
  today: () => todayOf(new Date('2024-06-01T00:00:00Z')),
  onChange: () => () => undefined,
});

/** A source that passes on the store's commits and the folios' loading as the session does. */
function wiredSource(store: DossierStore) {
  type Listener = (change: ChangeSet | null, before: { seq: number } | null) => void;
  const changes = new Set<Listener>();
  const loads = new Set<() => void>();
  return {
    source: {
      ...sameSource(store),
      onChange: (listener: Listener) => {
        changes.add(listener);
        return () => changes.delete(listener);
      },
      onLoaded: (listener: () => void) => {
        loads.add(listener);
        return () => loads.delete(listener);
      },
    },
    loaded: () => loads.forEach((listener) => listener()),
    async commit(change: ChangeSet) {
      const seq = store.seq;
      await store.commit(change);
      changes.forEach((listener) => listener(change, { seq }));
    },
  };
}

describe('opening with the folios read after the open', () => {
  it('answers from the outlines at once, the same as from the folios once they have loaded', async () => {
    const { dir, data } = await seededDir(300);
    const store = await openDeferred(dir);
    // Nothing has been read after the open yet: only the outlines are in memory.
    expect(store.loaded).toBe(false);
    expect(store.count('folios')).toBe(300);
    expect(() => store.get('folios', data.folios[0]?.id ?? '')).toThrow(/before they loaded/);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...store.outlines()].sort(byId)).toEqual(data.folios.map(outlineOf).sort(byId));

    const source = sameSource(store);
    const list = new FolioListView(source);
    const dashboard = new LiveDashboard(source);
    const request = {
      filter: { overdue: true },
      text: '',
      sort: 'name' as const,
      order: 'ascend' as const,
      offset: 0,
      limit: 50,
      withIds: true,
    };
    const early = {
      page: list.page(request),
      stats: dashboard.stats(8),
      groups: groupSummaries(store),
    };
    expect(store.loaded).toBe(false);
    expect(early.page.total).toBeGreaterThan(0);

    await store.whenLoaded();
    expect(store.loaded).toBe(true);
    expectSameRecords(store, data);
    // The same answers from the folios themselves, and from views made afresh on them.
    expect(list.page(request)).toEqual(early.page);
    expect(new FolioListView(source).page(request)).toEqual(early.page);
    expect(early.stats).toEqual(dashboardStats(store.outlines(), source.today(), 8));
    expect(new LiveDashboard(source).stats(8)).toEqual(early.stats);
    expect(groupSummaries(store)).toEqual(early.groups);
  });

  it('once the folios have loaded the list holds them, keeping its orders and counts: the same pages, before and after an edit', async () => {
    const { dir, data } = await seededDir(300);
    const store = await openDeferred(dir);
    const wired = wiredSource(store);
    const list = new FolioListView(wired.source);
    const page = (sort: FolioSortKey, offset: number, overdue = false) => ({
      filter: overdue ? { overdue } : {},
      text: '',
      sort,
      order: 'ascend' as const,
      offset,
      limit: 40,
      withIds: false,
    });
    // The whole name order, an order by a column only the rows have, a filter's counts.
    const requests = [page('name', 250), page('groupName', 120), page('totalInvestment', 0, true)];
    const early = requests.map((request) => list.page(request));
    expect(store.loaded).toBe(false);
    await store.whenLoaded();
    wired.loaded();
    const fresh = () => new FolioListView(sameSource(store));
    expect(requests.map((request) => list.page(request))).toEqual(early);
    expect(requests.map((request) => fresh().page(request))).toEqual(early);

    const folio = store.get('folios', data.folios[5]?.id ?? '');
    if (!folio) throw new Error('fixture too small');
    await wired.commit({
      put: { folios: [{ ...folio, name: '阿坝改名项目', totalInvestment: 1 }] },
    });
    const after = requests.map((request) => list.page(request));
    expect(after).toEqual(requests.map((request) => fresh().page(request)));
    expect(after[0]).not.toEqual(early[0]);
  });

  it('the folios loading is announced as loaded, not as a change (nothing changed)', async () => {
    const { dir } = await seededDir(200);
    const session = await Session.open(dir, testClock(), sequentialIds('loaded'));
    onTestFinished(() => session.close());
    const changes: unknown[] = [];
    let loads = 0;
    session.onChange((change) => changes.push(change));
    session.onLoaded(() => loads++);
    expect(session.store().loaded).toBe(false);
    await session.whenLoaded();
    expect(loads).toBe(1);
    // A change announced as null would make team sync check every record again, as after a restore.
    expect(changes).toEqual([]);
  });

  it('the search box is answered at once while the folios load: nothing yet, not complete', async () => {
    const { dir, data } = await seededDir(200);
    const store = await openDeferred(dir);
    const index = new SearchIndex({ store: () => store, onChange: () => () => undefined });
    const name = data.folios[9]?.name ?? '';
    expect(index.find(name, 10)).toEqual({ hits: [], complete: false });
    await store.whenLoaded();
    index.build();
    const answer = index.find(name, 10);
    expect(answer.complete).toBe(true);
    expect(answer.hits.map((hit) => hit.id)).toContain(data.folios[9]?.id);
  });

  it('a commit made before the folios have loaded waits for them, and keeps every folio', async () => {
    const { dir, data } = await seededDir(200);
    const store = await openDeferred(dir);
    expect(store.loaded).toBe(false);
    const folio = data.folios[7];
    if (!folio) throw new Error('fixture too small');
    await store.commit({
      put: { folios: [{ ...folio, name: '等待读完后保存', rev: folio.rev + 1 }] },
    });
    expect(store.get('folios', folio.id)?.name).toBe('等待读完后保存');
    await store.close();
    const reopened = await openDeferred(dir);
    await reopened.whenLoaded();
    const folios = dumpRecords(reopened).folios as Array<{ id: string; name: string }>;
    expect(folios).toHaveLength(200);
    expect(folios.find((f) => f.id === folio.id)?.name).toBe('等待读完后保存');
    expect([...reopened.outlines()].find((f) => f.id === folio.id)?.name).toBe('等待读完后保存');
  });

  it('a folio shard damaged after its head: the open succeeds, the load fails naming it, nothing is written', async () => {
    const { dir, file } = await damagedFolder(11, 'records');
    const before = await snapshotDir(dir);
    const store = await openDeferred(dir);
    const failure = await store.whenLoaded().then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(LoadError);
    if (!(failure instanceof LoadError)) return;
    expect(failure.failure.file).toBe(file);
    expect(failure.failure.message).toMatch(/内容在保存之后被改动过/);
    // Nothing can be written over it.
    await expect(store.commit({ meta: { ...store.meta, name: '不应保存' } })).rejects.toThrow(
      /内容在保存之后被改动过/,
    );
    await store.close();
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('the app then answers with the problem, as an open that found it at once would', async () => {
    const { dir, file, id } = await damagedFolder(3, 'records');
    const core = await appCore(dir);
    const calls = callsOf(core.registry);
    // The list and 工作台 answered from the outlines before the load failed.
    await calls.call('folios.page', {});
    await calls.call('dashboard.stats', {});
    // A method that reads folios waits for them, then explains why there are none.
    const error = await calls.fail('folios.get', { id });
    expect(error.kind).toBe('store');
    expect(error.message).toContain(file);
    const status = await calls.call('workspace.status', {});
    expect(status).toMatchObject({ state: 'problem', problem: { kind: 'corrupt', file } });
    // So do the list and 工作台 now, not their answers from before.
    for (const method of ['folios.page', 'dashboard.stats'] as const) {
      const later = await calls.fail(method, {});
      expect(later.kind).toBe('store');
      expect(later.message).toContain(file);
    }
  });

  it('a folio shard whose head was changed: the open itself fails, naming it', async () => {
    const { dir, file } = await damagedFolder(5, 'head');
    const before = await snapshotDir(dir);
    const opened = await openStore(dir, { clock: testClock(), deferFolios: true });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.problem).toMatchObject({ kind: 'corrupt', file });
    expect(opened.problem.message).toMatch(/开头部分（档案概要）在保存之后被改动过/);
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('a head whose digests were made to match but whose row is malformed: a clear error, nothing written', async () => {
    const { dir, data } = await seededDir(200);
    const { file } = await shardOf(dir, data, 7);
    const manifest = await readManifest(dir);
    const digest = manifest.digests?.files[file];
    const length = digest?.head?.bytes ?? 0;
    const bytes = await readFile(join(dir, file));
    const head = JSON.parse(`${bytes.subarray(0, length).toString('latin1')}}`) as {
      outlines: unknown[][];
    };
    // The first folio's open demand items: a number where a [id, text, owner, due] list goes.
    head.outlines[0]?.splice(15, 1, [5]);
    const newHead = Buffer.from(asciiJson(head).slice(0, -1), 'latin1');
    const rewritten = Buffer.concat([newHead, bytes.subarray(length)]);
    await replaceFile(dir, file, rewritten);
    const files = manifest.digests?.files ?? {};
    files[file] = {
      bytes: rewritten.length,
      sha256: createHash('sha256').update(rewritten).digest('hex'),
      head: { bytes: newHead.length, crc32: crc32(newHead) },
    };
    await writeManifestJson(dir, manifest);
    const before = await snapshotDir(dir);
    const opened = await openStore(dir, { clock: testClock(), deferFolios: true });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.problem).toMatchObject({ kind: 'corrupt', file });
    expect(opened.problem.message).toMatch(/第 1 条概要无效/);
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('outlines written under other schemas are not trusted: the open writes those shards again', async () => {
    const { dir } = await seededDir(200);
    const manifest = await readManifest(dir);
    const folioFiles = Object.entries(manifest.shards).filter(([key]) => key.startsWith('folios/'));
    expect(folioFiles.length).toBeGreaterThan(0);
    // As a build with other record schemas (or another outline shape) would have written it.
    if (manifest.digests) manifest.digests.schema = 'f'.repeat(64);
    await writeManifestJson(dir, manifest);
    const store = await openDeferred(dir);
    // Not read from the heads: every folio was validated, and the shards were written anew.
    expect(store.loaded).toBe(true);
    const after = await readManifest(dir);
    for (const [key, file] of folioFiles) {
      expect(after.shards[key]).not.toBe(file);
      expect(after.digests?.files[after.shards[key] ?? '']?.head).toBeDefined();
    }
  });

  it('two edits of one folio sent together while the folios load: both wait, one saves, one is refused', async () => {
    const { dir, data } = await seededDir(200);
    const core = await appCore(dir);
    const folio = data.folios[17];
    if (!folio) throw new Error('fixture too small');
    const edit = (notes: string) =>
      core.registry.call('folios.update', { id: folio.id, rev: folio.rev, notes });
    const outcomes = await Promise.all([edit('甲的修改'), edit('乙的修改')]);
    const saved = outcomes.filter((o) => o.ok);
    expect(saved).toHaveLength(1);
    const refused = outcomes.find((o) => !o.ok);
    expect(refused?.ok === false ? refused.error.kind : null).toBe('conflict');
    const got = await callsOf(core.registry).call('folios.get', { id: folio.id });
    expect(got.folio.rev).toBe(folio.rev + 1);
    expect(['甲的修改', '乙的修改']).toContain(got.folio.notes);
  });

  it('methods wait for the folios: a folio asked for right after the open is there', async () => {
    const { dir, data } = await seededDir(200);
    const core = await appCore(dir);
    const folio = data.folios[42];
    if (!folio) throw new Error('fixture too small');
    const got = await callsOf(core.registry).call('folios.get', { id: folio.id });
    expect(got.folio).toMatchObject({ id: folio.id, name: folio.name });
  });
});
