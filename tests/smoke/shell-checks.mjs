// @ts-check
/** Smoke checks of the window, the app:// handler and the hardening the shell installed. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { obj } from './checks.mjs';

/** @typedef {'will-navigate' | 'will-redirect' | 'will-frame-navigate'} NavigationEvent */

/** @param {import('./checks.mjs').SmokeContext} context */
export async function shellChecks({ checks, fake, paths }) {
  const { app, recorder, FakeEvent, FakeWebContents, waitForCall } = fake;
  const check = checks.check.bind(checks);
  const { APP_PAGE, PRELOAD, RENDERER_INDEX } = paths;

  await checks.run('window', async () => {
    const win = recorder.windows[0];
    check(
      'window',
      'exactly one BrowserWindow',
      recorder.windows.length === 1,
      recorder.windows.length,
    );
    const options = win?.options ?? {};
    const wp = obj(options.webPreferences);
    check('window', 'title 招商卷宗', options.title === '招商卷宗', options.title);
    check('window', 'created hidden (show: false)', options.show === false);
    check('window', 'contextIsolation true', wp.contextIsolation === true);
    check('window', 'sandbox true', wp.sandbox === true);
    check('window', 'nodeIntegration false', wp.nodeIntegration === false);
    check('window', 'webSecurity true', wp.webSecurity === true);
    check('window', 'spellcheck false', wp.spellcheck === false);
    check('window', 'middle click disabled (Auxclick)', wp.disableBlinkFeatures === 'Auxclick');
    const preload = String(wp.preload ?? '');
    check('window', 'preload path ends in index.cjs', preload.endsWith('index.cjs'), preload);
    check(
      'window',
      'preload file exists',
      existsSync(preload) && resolve(preload) === PRELOAD,
      preload,
    );
    await waitForCall('BrowserWindow.show', 5000);
    check('window', 'shown once ready-to-show', win?.visible === true);
  });

  /**
   * @param {string} url
   * @param {string} [method]
   */
  async function appRequest(url, method = 'GET') {
    const handler = recorder.protocolHandlers.get('app');
    if (!handler) throw new Error('no app:// handler');
    // The raw URL on purpose: a fetch Request would already have folded `..` away.
    return handler({ url, method });
  }

  await checks.run('protocol', async () => {
    check('protocol', 'protocol.handle("app") installed', recorder.protocolHandlers.has('app'));
    const index = await appRequest(APP_PAGE);
    const csp = index.headers.get('content-security-policy') ?? '';
    const hasIndex = existsSync(RENDERER_INDEX);
    check(
      'protocol',
      'index.html → 200',
      index.status === 200,
      hasIndex ? index.status : 'out/renderer/index.html is missing: the renderer was not built',
    );
    check(
      'protocol',
      'index.html is text/html',
      (index.headers.get('content-type') ?? '').startsWith('text/html'),
      index.headers.get('content-type'),
    );
    check('protocol', "CSP has default-src 'none'", csp.includes("default-src 'none'"), csp);
    check('protocol', "CSP has script-src 'self'", csp.includes("script-src 'self'"), csp);
    check('protocol', 'CSP has no unsafe-eval', csp !== '' && !csp.includes('unsafe-eval'), csp);
    check(
      'protocol',
      'X-Content-Type-Options nosniff',
      index.headers.get('x-content-type-options') === 'nosniff',
    );
    const refused = [
      'app://dossier/../package.json',
      'app://dossier/%2e%2e/%2e%2e/etc/passwd',
      'app://dossier/%2E%2E%2Fpackage.json',
      'app://dossier/..%5c..%5cpackage.json',
      'app://dossier/..\\..\\package.json',
      'app://dossier//etc/passwd',
      'app://evil/index.html',
      'app://dossier/missing.js',
    ];
    for (const url of refused) {
      const res = await appRequest(url);
      check('protocol', `${url} → 403/404`, res.status === 403 || res.status === 404, res.status);
    }
    const real = await appRequest(new Request('app://dossier/../package.json').url);
    const body = await real.text();
    check(
      'protocol',
      'normalised ../package.json does not leak package.json',
      !body.includes('"name": "dossier-desk"'),
      real.status,
    );
    const post = await appRequest(APP_PAGE, 'POST');
    check('protocol', 'POST → 405', post.status === 405, post.status);
  });

  await checks.run('security', async () => {
    const win = recorder.windows[0];
    const contents = win?.webContents;
    if (!contents) throw new Error('no window');
    const opened = contents.windowOpenHandler?.({ url: 'https://example.com' });
    check('security', 'window.open is denied', opened?.action === 'deny', opened);
    /** @type {Array<[NavigationEvent, string, string, boolean]>} event, url, check name, prevented? */
    const navigations = [
      ['will-navigate', 'https://example.com', 'will-navigate https://example.com prevented', true],
      ['will-navigate', 'file:///etc/passwd', 'will-navigate file:///etc/passwd prevented', true],
      [
        'will-navigate',
        'app://dossier/index.html#/folios',
        'will-navigate within app:// allowed',
        false,
      ],
      ['will-redirect', 'https://example.com', 'will-redirect to https prevented', true],
      [
        'will-frame-navigate',
        'https://example.com',
        'will-frame-navigate to https prevented',
        true,
      ],
    ];
    for (const [event, url, name, prevent] of navigations) {
      check('security', name, contents.navigate(event, url) === prevent);
    }
    const webview = new FakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    check('security', '<webview> attach prevented', webview.defaultPrevented);

    const other = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), other);
    check(
      'security',
      'other web contents: window.open denied',
      other.windowOpenHandler?.({ url: 'x' }).action === 'deny',
    );
    check(
      'security',
      'other web contents: navigation prevented',
      other.navigate('will-navigate', 'https://evil.example'),
    );

    /** @type {boolean | undefined} */
    let granted;
    recorder.permissionRequestHandler?.(contents, 'media', (g) => (granted = g), {});
    check('security', 'permission request denied', granted === false, granted);
    const checked = recorder.permissionCheckHandler?.(
      contents,
      'notifications',
      'app://dossier',
      {},
    );
    check('security', 'permission check denied', checked === false, checked);

    /** @type {Record<string, string | string[]> | undefined} */
    let headers;
    recorder.headersReceived?.(
      {
        url: 'app://dossier/index.html',
        resourceType: 'mainFrame',
        responseHeaders: { 'content-security-policy': ['default-src *'] },
      },
      (response) => (headers = response.responseHeaders),
    );
    const set = Object.entries(headers ?? {}).filter(
      ([k]) => k.toLowerCase() === 'content-security-policy',
    );
    const value = String(set[0]?.[1] ?? '');
    check('security', 'onHeadersReceived sets exactly one CSP', set.length === 1, headers);
    check(
      'security',
      'onHeadersReceived CSP is strict',
      value.includes("default-src 'none'") && !value.includes('unsafe-eval'),
      value,
    );
  });
}
