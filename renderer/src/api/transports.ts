// The two transports: the desktop's preload bridge, and HTTP to /api with the session token.
import type { DossierBridge } from './bridge';
import type { Transport } from './create-api';
import { failure, isCallOutcome } from './outcome';

/*
 * Transport-level failures are reported as error envelopes, like the core's own: their
 * `message` is plain Chinese, shown to the user as it is.
 */

/** The desktop app: `window.dossier.<method>(input)` through the preload bridge. */
export function createBridgeTransport(bridge: DossierBridge): Transport {
  return async (method, input) => {
    const fn = bridge[method];
    if (typeof fn !== 'function') return failure('unknown_method', `没有这个功能：${method}`);
    try {
      return await fn(input);
    } catch {
      return failure('internal', '与程序主进程的通信失败，操作未完成。请重试或重新启动程序。');
    }
  };
}

export interface HttpTransportOptions {
  /** The session token from the start-up link; sent as `X-Dossier-Token`. */
  token: string | null;
  /** Prefix of `/api/<method>`; empty for the page's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export const TOKEN_HEADER = 'X-Dossier-Token';

const UNAUTHORIZED = '访问令牌无效或已失效。请使用启动时给出的完整链接重新打开本页面。';

/** The web shell: `POST /api/<method>` with a JSON body; the response body is the outcome. */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const doFetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const base = options.baseUrl ?? '';
  return async (method, input) => {
    let response: Response;
    try {
      response = await doFetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: options.token ?? '' },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return failure('internal', '无法连接到卷宗服务，请确认程序仍在运行后重试。');
    }
    const body: unknown = await response.json().catch(() => null);
    if (response.status === 401) {
      return isCallOutcome(body) && !body.ok ? body : failure('unauthorized', UNAUTHORIZED);
    }
    if (isCallOutcome(body)) return body;
    return failure(
      'internal',
      `卷宗服务返回了无法识别的内容（HTTP ${response.status}），操作未完成。`,
    );
  };
}
