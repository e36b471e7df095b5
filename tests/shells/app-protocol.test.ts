// Checks the CSP and the app:// handler: MIME types, CSP and nosniff, traversal refused, HEAD only.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from '../../electron/shared/csp';
import { createAppProtocolHandler } from '../../electron/main/protocol';
import { makeTempDir } from '../helpers/temp-dir';

/** A renderer folder with index.html and one asset, next to a secret it must never serve. */
async function rendererFixture(): Promise<string> {
  const base = await makeTempDir();
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>招商卷宗</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'TOP-SECRET');
  return root;
}

describe('CSP', () => {
  it('is the agreed policy, with no unsafe-eval', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'; object-src 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('dev variant only adds the dev server and the Fast Refresh preamble, never eval', () => {
    const dev = devContentSecurityPolicy('http://localhost:5173');
    expect(dev).toContain("default-src 'none'");
    expect(dev).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173");
    expect(dev).not.toContain('unsafe-eval');
  });
});

describe('app:// handler', () => {
  it('serves index.html as text/html with the CSP and nosniff', async () => {
    const handle = createAppProtocolHandler(await rendererFixture());
    const res = await handle({ url: 'app://dossier/index.html', method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await res.text()).toContain('招商卷宗');
  });

  it('serves assets with their MIME type', async () => {
    const handle = createAppProtocolHandler(await rendererFixture());
    const res = await handle({ url: 'app://dossier/assets/app.js', method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses traversal, other hosts and missing files without leaking anything', async () => {
    const handle = createAppProtocolHandler(await rendererFixture());
    for (const url of [
      'app://dossier/../secret.txt',
      'app://dossier/%2e%2e/secret.txt',
      'app://dossier/%2E%2E%2Fsecret.txt',
      'app://dossier/..\\secret.txt',
      'app://other/index.html',
      'app://dossier/assets',
      'app://dossier/nope.js',
    ]) {
      const res = await handle({ url, method: 'GET' });
      expect([403, 404], url).toContain(res.status);
      expect(await res.text(), url).not.toContain('TOP-SECRET');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const handle = createAppProtocolHandler(await rendererFixture());
    const head = await handle({ url: 'app://dossier/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await handle({ url: 'app://dossier/index.html', method: 'POST' })).status).toBe(405);
  });
});
