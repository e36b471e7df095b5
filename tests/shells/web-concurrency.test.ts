/**
 * The issue's own reproduction, through the web shell: fifty browsers' saves of one rev at once,
 * and a delete racing an update. One save wins; after a restart the folder holds exactly that.
 */
import { describe, expect, it } from 'vitest';
import type { CallOutcome } from '../../electron/core/api/errors';
import type { Folio, FolioDetail, Group } from '../../electron/core/api/views';
import { openCore } from '../../electron/core/app';
import { startWebServer } from '../../electron/web/server';
import { send } from './helpers/http';
import { makeTempDir } from '../helpers/temp-dir';

const TOKEN = 'concurrency-token';

async function serve(dataDir: string) {
  const core = await openCore({ dataDir });
  const server = await startWebServer({
    registry: core.registry,
    rendererRoot: await makeTempDir('dossier-web-renderer-'),
    token: TOKEN,
    port: 0,
  });
  const call = async <T>(method: string, input: unknown): Promise<CallOutcome<T>> => {
    const res = await send(server.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { 'x-dossier-token': TOKEN, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return JSON.parse(res.body) as CallOutcome<T>;
  };
  const ok = async <T>(method: string, input: unknown): Promise<T> => {
    const outcome = await call<T>(method, input);
    if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
    return outcome.result;
  };
  const close = async () => {
    await server.close();
    await core.close();
  };
  return { call, ok, close };
}

describe('web shell under concurrent saves', () => {
  it('answers fifty same-rev saves with one ok and 49 conflicts, and keeps the winner after a restart', async () => {
    const dataDir = await makeTempDir('dossier-web-concurrency-');
    const first = await serve(dataDir);
    let winner: Folio;
    try {
      const group = await first.ok<Group>('groups.create', { name: '新能源专班', kind: 'chain' });
      const folio = await first.ok<Folio>('folios.create', {
        name: '天水储能电池项目',
        groupId: group.id,
      });
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          first.call<Folio>('folios.update', {
            id: folio.id,
            rev: folio.rev,
            notes: `浏览器 ${i}`,
          }),
        ),
      );
      const won = outcomes.filter((o) => o.ok);
      expect(won).toHaveLength(1);
      expect(outcomes.filter((o) => !o.ok && o.error.kind === 'conflict')).toHaveLength(49);
      winner = (won[0] as { result: Folio }).result;
    } finally {
      await first.close();
    }

    const second = await serve(dataDir);
    try {
      const stored = await second.ok<FolioDetail>('folios.get', { id: winner.id });
      expect(stored.folio.rev).toBe(winner.rev);
      expect(stored.folio.notes).toBe(winner.notes);
    } finally {
      await second.close();
    }
  });
});
