// Registers and serves the app:// scheme: renderer files read-only, with the CSP.
import type { Protocol } from 'electron';
import { RENDERER_RESPONSE_HEADERS } from '../shared/csp';
import { APP_SCHEME, resolveAppPath } from '../shared/protocol-path';
import { loadStaticFile } from '../shared/static-file';

/** The part of a request the handler reads: Electron passes a fetch `Request`. */
export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

/**
 * Must run before `app` is ready: `app://` becomes a standard, secure scheme (own origin,
 * relative URLs, `fetch`), so the renderer never runs from `file://`.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * The `app://` handler: serves files under `root` (out/renderer), read-only, with the CSP.
 * No `electron` at run time here, so it is unit-tested and smoke-tested as it is.
 */
export function createAppProtocolHandler(root: string): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    const method = request.method.toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') {
      return new Response('405 不支持的请求方法', {
        status: 405,
        headers: { ...RENDERER_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    const reply = await loadStaticFile(resolveAppPath(root, request.url));
    return new Response(method === 'HEAD' ? null : new Uint8Array(reply.body), {
      status: reply.status,
      headers: {
        ...RENDERER_RESPONSE_HEADERS,
        'Content-Type': reply.mime,
        'Cache-Control': 'no-cache',
      },
    });
  };
}

/** After `app` is ready: routes every `app://` request of the default session to `root`. */
export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}
