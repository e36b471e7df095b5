/** Team sync's HTTP: the server address rule, a bounded fetch, and each failure named in Chinese. */
import { DossierError } from '../api/errors';
import type { SyncCause } from '../api/sync-views';

export type { SyncCause };

const MESSAGES: Record<SyncCause, string> = {
  unreachable: '无法连接同步服务器：请检查服务器地址和网络（政务外网）是否可用。',
  auth: '同步服务器拒绝了用户名或密码：请在 设置 → 协同 中重新填写密码。',
  forbidden:
    '无权限访问该专班的数据库（您可能已被移出该专班）：本机的数据保持不变；如需继续协同，请联系信息中心把您加入该专班的成员。',
  tls: '同步服务器的 HTTPS 证书不受信任：请联系信息中心安装单位的根证书，或更换受信任的证书。',
  not_found: '同步服务器上没有该专班的数据库：请联系信息中心按《专班协同部署说明》创建。',
  timeout: '同步服务器长时间没有响应，已停止本次同步：请稍后重试或联系信息中心。',
  too_large: '同步服务器返回的数据超过上限，已停止本次同步，本机未写入任何内容。',
  bad_response: '同步服务器的回应不是 CouchDB 的格式（内容类型错误），本机未写入任何内容。',
  invalid_data: '同步服务器上的数据不符合要求，本机未写入任何内容。',
  aborted: '同步已取消。',
  address: '服务器地址无效。',
};

/** A failed sync: `reason` says which of the cases above, the message says what to do. */
export class SyncError extends DossierError {
  constructor(
    readonly reason: SyncCause,
    detail?: string,
  ) {
    super(
      reason === 'auth' || reason === 'forbidden' ? 'unauthorized' : 'validation',
      detail ? `${MESSAGES[reason]}（${detail}）` : MESSAGES[reason],
      reason === 'address' ? [{ path: 'url', message: detail ?? MESSAGES.address }] : [],
    );
    this.name = 'SyncError';
  }
}

/**
 * The server address, checked: https, or http to 127.0.0.1 only; no user or password in it
 * (they go in their own fields, never in an address that could be logged). No trailing slash.
 */
export function checkServerUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new SyncError('address', '应形如 https://couchdb.example.gov.cn:6984');
  }
  const local = url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new SyncError('address', '只允许 https:// 地址（本机 127.0.0.1 除外）');
  }
  if (url.username || url.password) {
    throw new SyncError('address', '地址中不要包含用户名或密码，请填在各自的栏内');
  }
  if (url.search || url.hash) throw new SyncError('address', '地址中不要包含 ? 或 #');
  return url.toString().replace(/\/+$/, '');
}

export interface FetchLimits {
  /** The whole request, body included. */
  timeoutMs: number;
  /** The largest response body taken in. */
  maxResponseBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = {
  timeoutMs: 60_000,
  maxResponseBytes: 64 * 1024 * 1024,
};

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);
const TLS = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ALTNAME/;

function codeOf(e: unknown): string {
  let at: unknown = e;
  for (let depth = 0; depth < 4 && typeof at === 'object' && at !== null; depth++) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    at = (at as { cause?: unknown }).cause;
  }
  return '';
}

/** What a failed fetch was, from its error (never its URL: that could carry a password). */
export function classify(e: unknown, signal: AbortSignal | undefined): SyncError {
  if (e instanceof SyncError) return e;
  if (signal?.aborted) return new SyncError('aborted');
  const name = (e as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return new SyncError('timeout');
  const code = codeOf(e);
  if (TLS.test(code)) return new SyncError('tls', code);
  if (UNREACHABLE.has(code)) return new SyncError('unreachable', code);
  return new SyncError('unreachable', code || undefined);
}

async function readBounded(
  body: ReadableStream<Uint8Array>,
  max: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw new SyncError('too_large', `超过 ${Math.round(max / 1024 / 1024)} MB`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * 401 or 403: a wrong password, or no permission on the database. CouchDB answers the latter
 * with 403; PouchDB Server with 401 and a reason naming the database.
 */
async function refusal(res: Response): Promise<SyncError> {
  const body = res.body ? await readBounded(res.body, 64 * 1024).catch(() => null) : null;
  const reason = body ? new TextDecoder().decode(body) : '';
  if (res.status === 403 || /access this db|not allowed|forbidden/i.test(reason)) {
    return new SyncError('forbidden');
  }
  return new SyncError('auth');
}

/** CouchDB answers text/plain when the request's Accept does not name JSON; both hold JSON. */
const JSON_TYPES = /^\s*(application\/json|text\/plain)\b/i;

function wantsJson(init: RequestInit | undefined): boolean {
  const headers = new Headers(init?.headers);
  return (headers.get('accept') ?? 'application/json').includes('application/json');
}

/**
 * `fetch` with every answer bounded: a deadline for the whole exchange, a size cap on the body
 * (read in full before anyone parses it), JSON where JSON was asked for, no redirects, and 401
 * and 403 turned into their messages. `signal` cancels it (a closing app, a test's abort).
 */
export function boundedFetch(limits: FetchLimits, signal?: AbortSignal) {
  return async (input: string | URL, init?: RequestInit): Promise<Response> => {
    const deadline = AbortSignal.timeout(limits.timeoutMs);
    const both = signal ? AbortSignal.any([signal, deadline]) : deadline;
    try {
      const res = await fetch(input, { ...init, signal: both, redirect: 'error' });
      if (res.status === 401 || res.status === 403) throw await refusal(res);
      const type = res.headers.get('content-type') ?? '';
      if (wantsJson(init) && !JSON_TYPES.test(type)) {
        await res.body?.cancel().catch(() => undefined);
        throw new SyncError('bad_response', `HTTP ${res.status}，${type.slice(0, 40) || '无类型'}`);
      }
      const empty = res.body === null || [204, 205, 304].includes(res.status);
      const bytes = empty ? null : await readBounded(res.body, limits.maxResponseBytes);
      return new Response(bytes, {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
      });
    } catch (e) {
      throw classify(e, signal);
    }
  };
}
