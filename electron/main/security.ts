// Hardening of the window: no navigation away, no new windows, every permission refused.
import type { App, Session, WebContents } from 'electron';
import { originOf } from '../shared/protocol-path';

/** True when `url` belongs to the one origin the app's pages come from. */
export function sameOriginAs(allowedOrigin: string): (url: string) => boolean {
  const allowed = allowedOrigin.toLowerCase();
  return (url) => originOf(url) === allowed;
}

type HardenedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Every web contents (the main window's and any other): no navigation away from the app's
 * origin, no redirects out of it, no new windows, no <webview>.
 */
export function hardenWebContents(
  contents: HardenedContents,
  isAppUrl: (url: string) => boolean,
): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies `hardenWebContents` to every web contents the app ever creates. */
export function hardenAllWebContents(
  app: Pick<App, 'on'>,
  isAppUrl: (url: string) => boolean,
): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isAppUrl));
}

/**
 * The session: every permission (camera, notifications, clipboard read, ...) is refused,
 * asked or checked, and every response carries `csp` (in `electron-vite dev` the pages come
 * from the dev server, which sends none of its own).
 */
export function hardenSession(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'
  >,
  csp: string,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') responseHeaders[name] = value;
    }
    responseHeaders['Content-Security-Policy'] = [csp];
    callback({ responseHeaders });
  });
}
