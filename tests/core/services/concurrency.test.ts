/**
 * Requests that arrive together: every check that decides whether a change may happen (a rev,
 * "is it empty", "is it in the bin") must see the state that change is applied to. Each case
 * asserts the exact outcome, then reopens the folder and finds the same state on disk.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Folio, FolioDetail } from '../../../electron/core/api/views';
import { openTestCore, type TestCore } from '../../helpers/core';
import { folioCore } from './folios/folio-fixture';

const N = 50;

async function reopen(t: TestCore): Promise<TestCore> {
  await t.core.close();
  return openTestCore(t.dir);
}

async function commitSeq(dir: string): Promise<number> {
  const manifest = JSON.parse(await readFile(join(dir, 'dossier.json'), 'utf8')) as {
    seq: number;
  };
  return manifest.seq;
}

describe('concurrent requests through the registry', () => {
  it(`lets exactly one of ${N} saves of the same rev win; the others are told of the conflict`, async () => {
    const { t, create } = await folioCore();
    const folio = await create();
    const outcomes = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        t.core.registry.call('folios.update', {
          id: folio.id,
          rev: folio.rev,
          notes: `第 ${i} 位同事的备注`,
        }),
      ),
    );
    const won = outcomes.filter((o) => o.ok);
    const lost = outcomes.filter((o) => !o.ok);
    expect(won).toHaveLength(1);
    expect(lost.map((o) => (o.ok ? null : o.error.kind))).toEqual(Array(N - 1).fill('conflict'));
    const winner = (won[0] as { result: Folio }).result;
    expect(winner.rev).toBe(folio.rev + 1);

    const again = await reopen(t);
    const stored = (await again.call('folios.get', { id: folio.id })).folio;
    expect(stored.rev).toBe(folio.rev + 1);
    expect(stored.notes).toBe(winner.notes);
  });

  it(`keeps every acknowledged entry when ${N} clients re-read and retry until theirs is saved`, async () => {
    const { t, create } = await folioCore();
    const folio = await create();
    const client = async (i: number): Promise<number> => {
      for (let attempt = 1; ; attempt++) {
        const current = (await t.call('folios.get', { id: folio.id })).folio;
        const outcome = await t.core.registry.call('folios.update', {
          id: folio.id,
          rev: current.rev,
          progress: [
            ...current.progress,
            { date: '2024-03-30', author: `干部${i}`, text: `第 ${i} 条进度` },
          ],
        });
        if (outcome.ok) return attempt;
        expect(outcome.error.kind).toBe('conflict');
      }
    };
    const attempts = await Promise.all(Array.from({ length: N }, (_, i) => client(i)));
    expect(attempts.some((a) => a > 1)).toBe(true);

    const expected = Array.from({ length: N }, (_, i) => `第 ${i} 条进度`).sort();
    const texts = (f: Folio) => f.progress.map((p) => p.text).sort();
    expect(texts((await t.call('folios.get', { id: folio.id })).folio)).toEqual(expected);
    const again = await reopen(t);
    const stored = (await again.call('folios.get', { id: folio.id })).folio;
    expect(texts(stored)).toEqual(expected);
    expect(stored.rev).toBe(folio.rev + N);
  });

  it('lets a delete and an update of one folio at once end with one of them, never both', async () => {
    for (const order of ['delete-first', 'update-first'] as const) {
      const { t, create } = await folioCore();
      const folio = await create();
      const del = () => t.core.registry.call('folios.delete', { id: folio.id, rev: folio.rev });
      const upd = () =>
        t.core.registry.call('folios.update', { id: folio.id, rev: folio.rev, notes: '改' });
      const [first, second] = order === 'delete-first' ? [del(), upd()] : [upd(), del()];
      const outcomes = await Promise.all([first, second]);
      expect(outcomes.filter((o) => o.ok)).toHaveLength(1);

      const again = await reopen(t);
      const live = await again.core.registry.call('folios.get', { id: folio.id });
      const bin = await again.call('trash.list', {});
      const inBin = bin.filter((e) => e.collection === 'folios' && e.label === folio.name);
      if (order === 'delete-first') {
        expect(live.ok).toBe(false);
        expect(inBin).toHaveLength(1);
        await again.call('trash.restore', { id: inBin[0]?.id ?? '' });
        expect((await again.call('folios.get', { id: folio.id })).folio.name).toBe(folio.name);
      } else {
        expect(live.ok && (live.result as FolioDetail).folio.notes).toBe('改');
        expect(inBin).toHaveLength(0);
      }
    }
  });

  it('loads the demo once when five requests arrive on an empty folder together', async () => {
    const t = await openTestCore();
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => t.core.registry.call('workspace.loadDemo', {})),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok).map((o) => !o.ok && o.error.kind)).toEqual(
      Array(4).fill('conflict'),
    );
    const folios = (await t.call('folios.list', {})).length;
    const groups = (await t.call('groups.list', {})).length;
    expect(folios).toBe(50);

    const again = await reopen(t);
    expect(await again.call('folios.list', {})).toHaveLength(folios);
    expect(await again.call('groups.list', {})).toHaveLength(groups);
  });

  it('restores a binned folio once when ten restores of it arrive together', async () => {
    const { t, create } = await folioCore();
    const folio = await create();
    await t.call('folios.delete', { id: folio.id, rev: folio.rev });
    const [entry] = await t.call('trash.list', {});
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => t.core.registry.call('trash.restore', { id: entry?.id })),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.error.kind === 'not_found')).toBe(
      true,
    );

    const again = await reopen(t);
    expect(await again.call('trash.list', {})).toEqual([]);
    expect((await again.call('folios.list', {})).map((f) => f.id)).toEqual([folio.id]);
  });

  it('answers a save that changes nothing without a new rev, history entry or commit', async () => {
    const { t, create } = await folioCore();
    const folio = await create({ notes: '原样' });
    const seq = await commitSeq(t.dir);
    const undoBefore = await t.call('undo.status', {});

    const same = await t.call('folios.update', { id: folio.id, rev: folio.rev, notes: '原样' });
    expect(same.rev).toBe(folio.rev);
    expect(same.history).toHaveLength(folio.history.length);
    expect(await commitSeq(t.dir)).toBe(seq);
    expect(await t.call('undo.status', {})).toEqual(undoBefore);

    const changed = await t.call('folios.update', { id: folio.id, rev: folio.rev, notes: '改了' });
    expect(changed.rev).toBe(folio.rev + 1);
    expect(await commitSeq(t.dir)).toBe(seq + 1);
  });
});
