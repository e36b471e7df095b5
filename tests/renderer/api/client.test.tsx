// Checks the API client: envelopes to ApiError, HTTP and bridge transports, the start-up token kept.
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../renderer/src/api/api-error';
import type { DossierBridge } from '../../../renderer/src/api/bridge';
import type { CallOutcome } from '../../../renderer/src/api/contract-types';
import { createApi, type Transport } from '../../../renderer/src/api/create-api';
import { pickTransport } from '../../../renderer/src/api/pick-transport';
import { takeToken, TOKEN_STORAGE_KEY } from '../../../renderer/src/api/token';
import { createBridgeTransport, createHttpTransport } from '../../../renderer/src/api/transports';
import { groupSummary } from '../helpers/fixtures';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('API client', () => {
  it('turns an error envelope into an ApiError carrying the envelope', async () => {
    const envelope = {
      kind: 'validation' as const,
      message: '输入有误：到位资金不能超过总投资额',
      fields: [{ path: 'fundsInPlace', message: '到位资金不能超过总投资额' }],
    };
    const transport: Transport = vi.fn(() =>
      Promise.resolve<CallOutcome<unknown>>({ ok: false, error: envelope }),
    );
    const api = createApi(transport);

    const failure = await api['folios.create']({ name: '项目', groupId: 'group-0001' }).catch(
      (e: unknown) => e,
    );

    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).envelope).toEqual(envelope);
    expect((failure as ApiError).kind).toBe('validation');
    expect((failure as ApiError).message).toBe('输入有误：到位资金不能超过总投资额');
    expect(transport).toHaveBeenCalledWith('folios.create', {
      name: '项目',
      groupId: 'group-0001',
    });
  });

  it('resolves to the result of a successful outcome', async () => {
    const groups = [groupSummary('group-0001', '新能源产业链专班')];
    const api = createApi(() => Promise.resolve({ ok: true, result: groups }));
    await expect(api['groups.list']({})).resolves.toEqual(groups);
  });

  it('HTTP transport posts the JSON input to /api/<method> with the token header', async () => {
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(jsonResponse(200, { ok: true, result: { id: 'g-00000001' } })),
    );
    const api = createApi(createHttpTransport({ token: 's3cret-token', fetch: fetchMock }));

    await expect(api['groups.delete']({ id: 'g-00000001', rev: 3 })).resolves.toEqual({
      id: 'g-00000001',
    });

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/groups.delete');
    expect(init?.method).toBe('POST');
    const headers = new Headers(init?.headers);
    expect(headers.get('X-Dossier-Token')).toBe('s3cret-token');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({ id: 'g-00000001', rev: 3 });
  });

  it('HTTP transport maps an error outcome (HTTP 200) and a 401 to ApiErrors', async () => {
    const conflict = {
      ok: false,
      error: { kind: 'conflict', message: '该专班已被他人修改', fields: [] },
    };
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(jsonResponse(200, conflict))
      .mockResolvedValueOnce(new Response('unauthorized', { status: 401 }));
    const api = createApi(createHttpTransport({ token: 'wrong', fetch: fetchMock }));

    await expect(api['groups.delete']({ id: 'g-00000001', rev: 1 })).rejects.toMatchObject({
      kind: 'conflict',
      message: '该专班已被他人修改',
    });
    const unauthorized = await api['workspace.status']({}).catch((e: unknown) => e);
    expect(unauthorized).toBeInstanceOf(ApiError);
    expect((unauthorized as ApiError).kind).toBe('unauthorized');
    expect((unauthorized as ApiError).message).toMatch(/令牌/);
  });

  it('HTTP transport reports an unreachable service in Chinese', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    const api = createApi(createHttpTransport({ token: 't', fetch: fetchMock }));
    await expect(api['groups.list']({})).rejects.toMatchObject({
      kind: 'internal',
      message: expect.stringMatching(/无法连接/),
    });
  });

  it('Electron transport calls the preload bridge function of the method', async () => {
    const status = vi.fn(() =>
      Promise.resolve({
        ok: false as const,
        error: { kind: 'store' as const, message: '数据文件夹无法打开', fields: [] },
      }),
    );
    const bridge = { 'workspace.status': status } as unknown as DossierBridge;
    const api = createApi(createBridgeTransport(bridge));
    await expect(api['workspace.status']({})).rejects.toMatchObject({
      kind: 'store',
      message: '数据文件夹无法打开',
    });
    expect(status).toHaveBeenCalledWith({});
  });

  it('reads the start-up token once, keeps it in sessionStorage and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/index.html?token=abc123&x=1#/folios');
    expect(takeToken()).toBe('abc123');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(window.location.search).toBe('?x=1');
    expect(window.location.hash).toBe('#/folios');
    expect(window.location.href).not.toContain('abc123');
    // A reload finds the token in sessionStorage.
    expect(takeToken()).toBe('abc123');
  });

  it('picks the HTTP transport with the token when there is no preload bridge', async () => {
    window.history.replaceState(null, '', '/?token=web-token');
    const fetchMock = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(jsonResponse(200, { ok: true, result: [] }));
    const api = createApi(pickTransport());
    await api['people.list']({});
    const init = fetchMock.mock.calls[0]?.[1];
    expect(new Headers(init?.headers).get('X-Dossier-Token')).toBe('web-token');
  });
});
