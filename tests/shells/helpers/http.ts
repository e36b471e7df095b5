// Test helper: one raw HTTP request to the web shell with full control of Host, Origin and path.
import { request, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  /** Sent exactly as given (no normalisation of `..`). */
  path?: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  /** Writes the body in chunks without a Content-Length. */
  chunked?: boolean;
}

/** One HTTP request to 127.0.0.1:port with full control of Host, Origin and the raw path. */
export function send(port: number, options: RawRequest = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.body !== undefined && !options.chunked && headers['content-length'] === undefined) {
      headers['content-length'] = Buffer.byteLength(options.body);
    }
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined && options.chunked) {
      const body = Buffer.from(options.body);
      for (let i = 0; i < body.length; i += 256) req.write(body.subarray(i, i + 256));
    } else if (options.body !== undefined) {
      req.write(options.body);
    }
    req.end();
  });
}

/** The JSON envelope of a response. */
export function envelope(response: RawResponse): {
  ok: boolean;
  result?: unknown;
  error?: { kind: string; message: string };
} {
  return JSON.parse(response.body) as {
    ok: boolean;
    result?: unknown;
    error?: { kind: string; message: string };
  };
}
