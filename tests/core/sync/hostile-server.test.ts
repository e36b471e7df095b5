// Team sync against a hostile server: every bad answer is named, and nothing reaches the store.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { syncGroup } from '../../../electron/core/sync/client';
import { SyncError, type SyncCause } from '../../../electron/core/sync/http';
import { databaseOf } from '../../../electron/core/sync/mapping';
import { loadState } from '../../../electron/core/sync/state';
import { openDesk } from '../../helpers/exchange';
import { remoteFor } from './sync-helpers';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A server that answers the database's info properly and `_changes` with `changes`. */
async function hostile(changes: Handler, info?: Handler): Promise<string> {
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path.endsWith('/_changes')) return changes(req, res);
    if (info) return info(req, res);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ db_name: 'x', update_seq: '9' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const json =
  (body: unknown): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

const change = (doc: Record<string, unknown>) => ({
  results: [{ id: doc._id, seq: '1', changes: [{ rev: doc._rev }], doc }],
  last_seq: '1',
});

const folioDoc = (record: Record<string, unknown>) => ({
  _id: `folios:${String(record.id)}`,
  _rev: '1-abc',
  type: 'record',
  collection: 'folios',
  record,
});

async function expectRefused(
  url: string,
  reason: SyncCause,
  limits: { maxResponseBytes?: number; timeoutMs?: number } = {},
  maxDocBytes?: number,
): Promise<string> {
  const desk = await openDesk('甲');
  const group = await desk.call('groups.create', { name: '测试专班', kind: 'chain' });
  await desk.call('folios.create', { name: '本机项目', groupId: group.id });
  const seq = desk.session.store().seq;
  const error = await syncGroup({
    session: desk.session,
    remote: remoteFor({ url }, group.id, 'alice', { limits }),
    groupId: group.id,
    maxDocBytes,
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SyncError);
  expect((error as SyncError).reason).toBe(reason);
  // Nothing written: no commit, no checkpoint.
  expect(desk.session.store().seq).toBe(seq);
  expect((await loadState(desk.dir, databaseOf(group.id))).since).toBe('0');
  return (error as SyncError).message;
}

describe('team sync: a hostile server', () => {
  it('an HTML page (a proxy or a login portal) instead of JSON', async () => {
    const page: Handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>请登录</html>');
    };
    const message = await expectRefused(await hostile(page, page), 'bad_response');
    expect(message).toContain('text/html');
  });

  it('a _changes answer larger than the cap', async () => {
    const url = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"results":[],"last_seq":"${'9'.repeat(300_000)}"}`);
    });
    await expectRefused(url, 'too_large', { maxResponseBytes: 100_000 });
  });

  it('one document larger than a document may be', async () => {
    const record = { id: 'f0000000001', name: '巨大'.repeat(40_000) };
    const url = await hostile(json(change(folioDoc(record))));
    const message = await expectRefused(url, 'too_large', {}, 100_000);
    expect(message).toContain('folios:f0000000001');
  });

  it('documents that fail our schemas, or speak for another record', async () => {
    const bad = { id: 'f0000000002', name: '', stage: '不存在的阶段' };
    const message = await expectRefused(await hostile(json(change(folioDoc(bad)))), 'invalid_data');
    expect(message).toContain('项目');
    const liar = { ...folioDoc({ id: 'f0000000003' }), _id: 'folios:someone-else' };
    await expectRefused(await hostile(json(change(liar))), 'invalid_data');
    const odd = { _id: 'x', _rev: '1-a', type: 'script', code: 'rm -rf' };
    await expectRefused(await hostile(json(change(odd))), 'invalid_data');
  });

  it('a _changes feed that never ends: stopped by the size cap, or by the deadline when silent', async () => {
    const endless = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"results":[');
      const more = () => {
        if (res.destroyed) return;
        if (res.write(`{"id":"x","seq":1,"changes":[]},`)) setImmediate(more);
        else res.once('drain', more);
      };
      more();
    });
    await expectRefused(endless, 'too_large', { maxResponseBytes: 200_000 });
    const silent = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"results":[');
    });
    await expectRefused(silent, 'timeout', { timeoutMs: 1_000 });
  });
});
