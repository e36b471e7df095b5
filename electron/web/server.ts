// The web shell's HTTP server on 127.0.0.1: /api calls, static renderer files, file downloads.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ATTACHMENT_MAX_BYTES } from '../core/api/contract';
import type { CallOutcome, ErrorEnvelope, ErrorKind } from '../core/api/errors';
import type { Registry } from '../core/api/registry';
import { RENDERER_RESPONSE_HEADERS } from '../shared/csp';
import { resolveRequestPath } from '../shared/protocol-path';
import { loadStaticFile } from '../shared/static-file';
import { readBody } from './body';
import { type AttachmentLookup, FILES_PREFIX, GENERATED_PREFIX, serveAttachment } from './files';
import { EXPORTS_PREFIX } from './exports';
import { isAllowedHost, isAllowedOrigin, TOKEN_HEADER, tokenMatches } from './guards';

export const WEB_HOST = '127.0.0.1';
/** Largest accepted /api body: the largest attachment as base64 (4/3 of it), with room to spare. */
export const DEFAULT_MAX_BODY_BYTES = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 1024 * 1024;

export interface WebServerOptions {
  registry: Pick<Registry, 'call'>;
  /** The built renderer (out/renderer). */
  rendererRoot: string;
  token: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  maxBodyBytes?: number;
  /** Finds an attachment's bytes for GET /files/…; without it every file is a 404. */
  attachmentFile?: AttachmentLookup;
  /** Finds a generated briefing for GET /generated/<generationId>/<format>. */
  generatedFile?: AttachmentLookup;
  /** Finds an exported bundle for GET /exports/<folder>/<fileName> (see ./exports.ts). */
  exportedFile?: AttachmentLookup;
}

export interface RunningWebServer {
  readonly port: number;
  /** `http://127.0.0.1:<port>/?token=<token>`: what a person (or a test) opens. */
  readonly url: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, outcome: CallOutcome<unknown>): void {
  const body = Buffer.from(JSON.stringify(outcome), 'utf8');
  res.writeHead(status, {
    ...RENDERER_RESPONSE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, kind: ErrorKind, message: string): void {
  const error: ErrorEnvelope = { kind, message, fields: [] };
  sendJson(res, status, { ok: false, error });
}

async function serveApi(
  req: IncomingMessage,
  res: ServerResponse,
  options: Required<WebServerOptions>,
  rawMethod: string,
): Promise<void> {
  if (!tokenMatches(req.headers[TOKEN_HEADER], options.token)) {
    return sendError(
      res,
      401,
      'unauthorized',
      '缺少或错误的访问令牌，请用启动时给出的完整地址打开。',
    );
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendError(res, 405, 'validation', '接口只接受 POST 请求。');
  }
  let method: string;
  try {
    method = decodeURIComponent(rawMethod);
  } catch {
    return sendError(res, 404, 'unknown_method', '没有这个功能。');
  }
  const body = await readBody(req, options.maxBodyBytes);
  if (!body.ok) {
    res.setHeader('Connection', 'close');
    return sendError(res, 413, 'validation', '请求内容过大。');
  }
  let input: unknown;
  if (body.bytes.length > 0) {
    try {
      input = JSON.parse(body.bytes.toString('utf8')) as unknown;
    } catch {
      return sendError(res, 400, 'validation', '请求内容不是有效的 JSON。');
    }
  }
  sendJson(res, 200, await options.registry.call(method, input));
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendError(res, 405, 'validation', '不支持的请求方法。');
  }
  const reply = await loadStaticFile(resolveRequestPath(root, req.url ?? '/'));
  res.writeHead(reply.status, {
    ...RENDERER_RESPONSE_HEADERS,
    'Content-Type': reply.mime,
    'Content-Length': reply.body.length,
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : reply.body);
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  options: Required<WebServerOptions>,
  port: number,
): Promise<void> {
  if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
    return sendError(res, 403, 'unauthorized', '请求来源不受信任，已拒绝。');
  }
  const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  if (path === '/api' || path.startsWith('/api/')) {
    return serveApi(req, res, options, path.slice('/api/'.length));
  }
  if (path.startsWith(FILES_PREFIX)) {
    return serveAttachment(req, res, options.attachmentFile, options.token);
  }
  if (path.startsWith(GENERATED_PREFIX)) {
    return serveAttachment(req, res, options.generatedFile, options.token, GENERATED_PREFIX);
  }
  if (path.startsWith(EXPORTS_PREFIX)) {
    return serveAttachment(req, res, options.exportedFile, options.token, EXPORTS_PREFIX);
  }
  return serveStatic(req, res, options.rendererRoot);
}

/**
 * The web shell's HTTP server, on 127.0.0.1 only: the renderer as static files (no token
 * needed; the page reads it from its URL), `POST /api/<method>` (token required) and
 * `GET /files/<folioId>/<attachmentId>?token=…` (attachments as downloads) and
 * `GET /generated/<generationId>/<format>?token=…` (generated briefings) and
 * `GET /exports/<folder>/<fileName>?token=…` (exported .dossier bundles).
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const settings: Required<WebServerOptions> = {
    port: 0,
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    attachmentFile: () => null,
    generatedFile: () => null,
    exportedFile: () => null,
    ...options,
  };
  let port = -1;
  const server = createServer((req, res) => {
    route(req, res, settings, port).catch((error: unknown) => {
      console.error('[dossier-web] request failed', error);
      if (!res.headersSent)
        sendError(res, 500, 'internal', '程序内部错误，操作未完成，数据未改动。');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, WEB_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${WEB_HOST}:${port}/?token=${settings.token}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
