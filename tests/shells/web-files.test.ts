// Checks GET /files/: attachments as safe downloads, token, Host and Origin checked, 404s, 25 MB uploads.
import { randomBytes } from 'node:crypto';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../electron/core/api/contract';
import { openCore } from '../../electron/core/app';
import { contentDisposition } from '../../electron/web/files';
import { startWebServer } from '../../electron/web/server';
import { envelope, send } from './helpers/http';
import { makeTempDir } from '../helpers/temp-dir';

const TOKEN = 'files-token-0123456789abcdefghijkl';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4096), Buffer.from('\n%%EOF')]);

/** The web shell over a real core, with one folio holding `考察安排（第2版）.pdf`. */
async function serverWithAttachment() {
  const core = await openCore({ dataDir: await makeTempDir('dossier-files-data-') });
  const server = await startWebServer({
    registry: core.registry,
    attachmentFile: (folioId, attachmentId) => core.attachmentFile(folioId, attachmentId),
    rendererRoot: await makeTempDir('dossier-files-renderer-'),
    token: TOKEN,
    port: 0,
  });
  onTestFinished(async () => {
    await server.close();
    await core.close();
  });
  const api = async (method: string, input: unknown) => {
    const res = await send(server.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { 'x-dossier-token': TOKEN, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return { status: res.status, ...envelope(res) };
  };
  const result = async <T>(method: string, input: unknown): Promise<T> => {
    const outcome = await api(method, input);
    if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
    return outcome.result as T;
  };
  const group = await result<{ id: string }>('groups.create', {
    name: '清水县招商工作专班',
    kind: 'county',
  });
  const folio = await result<{ id: string; rev: number }>('folios.create', {
    groupId: group.id,
    name: '温泉旅游度假区',
  });
  const added = await result<{ rev: number; attachments: { id: string }[] }>('attachments.add', {
    folioId: folio.id,
    rev: folio.rev,
    name: '考察安排（第2版）.pdf',
    mime: 'application/pdf',
    dataBase64: PDF.toString('base64'),
  });
  const attachmentId = added.attachments[0]?.id ?? '';
  const opened = await result<{ opened: boolean; url: string }>('attachments.open', {
    folioId: folio.id,
    attachmentId,
  });
  return { server, api, folio: { id: folio.id, rev: added.rev }, attachmentId, url: opened.url };
}

describe('web shell: GET /files/<folioId>/<attachmentId>', () => {
  it('serves the bytes as a download named in Chinese, sandboxed and not sniffed', async () => {
    const { server, url } = await serverWithAttachment();
    const res = await fetch(`http://127.0.0.1:${server.port}${url}?token=${TOKEN}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-length')).toBe(String(PDF.length));
    expect(res.headers.get('content-disposition')).toBe(
      "attachment; filename*=UTF-8''%E8%80%83%E5%AF%9F%E5%AE%89%E6%8E%92%EF%BC%88%E7%AC%AC2%E7%89%88%EF%BC%89.pdf",
    );
    expect(decodeURIComponent(res.headers.get('content-disposition')?.split("''")[1] ?? '')).toBe(
      '考察安排（第2版）.pdf',
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe('sandbox');
  });

  it('refuses without the token, or with a wrong one, with 401', async () => {
    const { server, url } = await serverWithAttachment();
    for (const path of [url, `${url}?token=`, `${url}?token=${TOKEN}x`]) {
      const res = await send(server.port, { path });
      expect(res.status, path).toBe(401);
      expect(res.body).not.toContain('%PDF');
    }
    // The /api header does not open files either: links carry the token in the query.
    const header = await send(server.port, { path: url, headers: { 'x-dossier-token': TOKEN } });
    expect(header.status).toBe(401);
  });

  it('answers 404 for an unknown folio, an unknown attachment or a malformed path', async () => {
    const { server, folio, attachmentId } = await serverWithAttachment();
    for (const path of [
      `/files/missing-folio/${attachmentId}`,
      `/files/${folio.id}/missing-attachment`,
      `/files/${folio.id}`,
      `/files/${folio.id}/${attachmentId}/extra`,
      `/files/${folio.id}/%E0%A4%A`,
      '/files/',
    ]) {
      const res = await send(server.port, { path: `${path}?token=${TOKEN}` });
      expect(res.status, path).toBe(404);
    }
  });

  it('checks Host and Origin like /api does', async () => {
    const { server, url } = await serverWithAttachment();
    const foreignHost = await send(server.port, {
      path: `${url}?token=${TOKEN}`,
      headers: { host: 'evil.example' },
    });
    expect(foreignHost.status).toBe(403);
    const foreignOrigin = await send(server.port, {
      path: `${url}?token=${TOKEN}`,
      headers: { origin: 'http://evil.example' },
    });
    expect(foreignOrigin.status).toBe(403);
  });

  it('a removed attachment is no longer served', async () => {
    const { server, api, folio, attachmentId, url } = await serverWithAttachment();
    const removed = await api('attachments.remove', {
      folioId: folio.id,
      attachmentId,
      rev: folio.rev,
    });
    expect(removed.ok).toBe(true);
    expect((await send(server.port, { path: `${url}?token=${TOKEN}` })).status).toBe(404);
  });

  it('takes an attachment of the full 25 MB through /api', async () => {
    const { api, folio } = await serverWithAttachment();
    const big = Buffer.alloc(ATTACHMENT_MAX_BYTES, 1).toString('base64');
    const outcome = await api('attachments.add', {
      folioId: folio.id,
      rev: folio.rev,
      name: '宣传片.mp4',
      dataBase64: big,
    });
    expect(outcome.status).toBe(200);
    expect(outcome.ok).toBe(true);
  });
});

describe('Content-Disposition', () => {
  it('percent-encodes the characters RFC 5987 does not allow bare', () => {
    expect(contentDisposition("it's (1).txt")).toBe(
      "attachment; filename*=UTF-8''it%27s%20%281%29.txt",
    );
  });

  it('names the download so that Windows saves it as what it is', () => {
    const name = (header: string) => decodeURIComponent(header.split("''")[1] ?? '');
    expect(name(contentDisposition('项目简报-ABC\u202Egpj.exe\u200B.docx'))).toBe(
      '项目简报-ABCgpj.exe.docx',
    );
    expect(name(contentDisposition('合同*终稿?.pdf'))).toBe('合同_终稿_.pdf');
    expect(name(contentDisposition('con.pdf'))).toBe('_con.pdf');
  });
});
