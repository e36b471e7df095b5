// Checks the web server: static files with CSP, traversal refused, Host, Origin and token guards on /api.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';
import { envelope, send } from './helpers/http';
import { stubRegistry } from './helpers/stub-registry';
import { SECRET, startTestServer, TOKEN } from './helpers/web-fixture';

const auth = { 'x-dossier-token': TOKEN, 'content-type': 'application/json' };

/** POST `path` with these headers and body. */
const post = (port: number, path: string, headers: Record<string, string>, body: string) =>
  send(port, { method: 'POST', path, headers, body });

/** POST /api/groups.list with `{}` and these headers. */
const listGroups = (port: number, headers: Record<string, string>) =>
  post(port, '/api/groups.list', headers, '{}');

describe('web server: static files', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', async () => {
    const server = await startTestServer(stubRegistry());
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves index.html without a token, with CSP, nosniff and no-referrer', async () => {
    const server = await startTestServer(stubRegistry());
    for (const path of ['/', `/?token=${TOKEN}`, '/index.html']) {
      const res = await send(server.port, { path });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.body).toContain('招商卷宗');
    }
    const css = await send(server.port, { path: '/assets/app.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('refuses traversal with 403/404 and never leaks the file', async () => {
    const server = await startTestServer(stubRegistry());
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..\\secret.txt',
      '/..%5csecret.txt',
      '//etc/passwd',
      '/missing.js',
    ]) {
      const res = await send(server.port, { path });
      expect([403, 404], path).toContain(res.status);
      expect(res.body).not.toContain(SECRET);
    }
  });

  it('refuses methods other than GET and HEAD for static files', async () => {
    const server = await startTestServer(stubRegistry());
    expect(
      (await send(server.port, { method: 'PUT', path: '/index.html', body: 'x' })).status,
    ).toBe(405);
  });
});

describe('web server: host and origin', () => {
  it('refuses a foreign Host with 403, even with the token', async () => {
    const server = await startTestServer(stubRegistry());
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      `127.0.0.1:${server.port + 1}`,
      '127.0.0.1',
    ]) {
      const api = await listGroups(server.port, { ...auth, host });
      expect(api.status, host).toBe(403);
      expect(envelope(api).error?.kind).toBe('unauthorized');
      const page = await send(server.port, { path: '/', headers: { host } });
      expect(page.status, host).toBe(403);
    }
  });

  it('accepts Host localhost:<port>', async () => {
    const server = await startTestServer(stubRegistry());
    const res = await listGroups(server.port, { ...auth, host: `localhost:${server.port}` });
    expect(res.status).toBe(200);
  });

  it('refuses a foreign Origin with 403, accepts its own', async () => {
    const registry = stubRegistry();
    const server = await startTestServer(registry);
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1:${server.port + 1}`,
      'null',
      `https://127.0.0.1:${server.port}`,
    ]) {
      const res = await listGroups(server.port, { ...auth, origin });
      expect(res.status, origin).toBe(403);
      expect(envelope(res).error?.kind).toBe('unauthorized');
    }
    expect(registry.calls).toEqual([]);
    for (const origin of [`http://127.0.0.1:${server.port}`, `http://localhost:${server.port}`]) {
      const res = await listGroups(server.port, { ...auth, origin });
      expect(res.status, origin).toBe(200);
    }
  });
});

describe('web server: /api', () => {
  it('answers 401 with an unauthorized envelope without the token', async () => {
    const registry = stubRegistry();
    const server = await startTestServer(registry);
    const res = await send(server.port, { method: 'POST', path: '/api/groups.list', body: '{}' });
    expect(res.status).toBe(401);
    const body = envelope(res);
    expect(body.ok).toBe(false);
    expect(body.error?.kind).toBe('unauthorized');
    expect(body.error?.message).toMatch(/令牌/);
    expect(registry.calls).toEqual([]);
  });

  it('answers 401 for a wrong token, a prefix of it and a longer one', async () => {
    const server = await startTestServer(stubRegistry());
    for (const token of ['wrong', TOKEN.slice(0, -1), `${TOKEN}x`, '']) {
      const res = await listGroups(server.port, { 'x-dossier-token': token });
      expect(res.status, token).toBe(401);
    }
  });

  it('serves a call with the token: 200 and the CallOutcome', async () => {
    const server = await startTestServer(stubRegistry());
    const res = await listGroups(server.port, auth);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(envelope(res)).toEqual({ ok: true, result: { stub: 'groups.list' } });
  });

  it('treats an empty body as no input', async () => {
    const server = await startTestServer(stubRegistry());
    const res = await send(server.port, {
      method: 'POST',
      path: '/api/groups.list',
      headers: auth,
    });
    expect(envelope(res).ok).toBe(true);
  });

  it('answers bad input with 200 and a validation envelope', async () => {
    const server = await startTestServer(stubRegistry());
    const res = await post(server.port, '/api/workspace.status', auth, '{"smuggled":true}');
    expect(res.status).toBe(200);
    const body = envelope(res);
    expect(body.ok).toBe(false);
    expect(body.error?.kind).toBe('validation');
  });

  it('answers malformed JSON with a validation envelope', async () => {
    const server = await startTestServer(stubRegistry());
    const res = await post(server.port, '/api/groups.list', auth, '{"oops"');
    expect(res.status).toBe(400);
    expect(envelope(res).error?.kind).toBe('validation');
  });

  it('answers an unknown method with unknown_method', async () => {
    const server = await startTestServer(stubRegistry());
    const res = await post(server.port, '/api/nope.nothing', auth, '{}');
    expect(envelope(res).error?.kind).toBe('unknown_method');
  });

  it('refuses GET on /api with 405', async () => {
    const server = await startTestServer(stubRegistry());
    const res = await send(server.port, { method: 'GET', path: '/api/groups.list', headers: auth });
    expect(res.status).toBe(405);
  });

  it('refuses a body over the limit with 413, by Content-Length or as it streams', async () => {
    const registry = stubRegistry();
    const server = await startTestServer(registry, { maxBodyBytes: 1024 });
    const big = JSON.stringify({ pad: 'x'.repeat(4096) });
    const declared = await send(server.port, {
      method: 'POST',
      path: '/api/groups.list',
      headers: auth,
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(envelope(declared).error?.kind).toBe('validation');
    const streamed = await send(server.port, {
      method: 'POST',
      path: '/api/groups.list',
      headers: auth,
      body: big,
      chunked: true,
    });
    expect(streamed.status).toBe(413);
    expect(registry.calls).toEqual([]);
  });

  it('has a default body limit that fits the largest attachment as base64, and not much more', async () => {
    const { DEFAULT_MAX_BODY_BYTES } = await import('../../electron/web/server');
    const { ATTACHMENT_MAX_BYTES } = await import('../../electron/core/api/contract');
    const largestCall = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 1000;
    expect(DEFAULT_MAX_BODY_BYTES).toBeGreaterThan(largestCall);
    expect(DEFAULT_MAX_BODY_BYTES).toBeLessThan(40 * 1024 * 1024);
  });
});
