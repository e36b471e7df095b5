/**
 * The error log an officer can send to whoever supports them: one text file in a folder of the
 * user's own (desktop: `<userData>/logs/dossier.log`), bounded in size — when it would pass
 * `maxBytes` it becomes `dossier.log.1` (the older ones shift up, the oldest beyond `keep` is
 * deleted). Lines are written synchronously, so the last error before a crash is on disk.
 * Secrets never reach it: tokens, passwords and `Bearer` values are masked in every line.
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ErrorLogOptions {
  dir: string;
  /** Bytes one file may hold; default 1 MB. */
  maxBytes?: number;
  /** Files kept besides the current one; default 3. */
  keep?: number;
  now?: () => Date;
}

export interface ErrorLog {
  readonly file: string;
  /** Records an error (or a message) under a scope such as `main` or `document-worker`. */
  error(scope: string, error: unknown): void;
}

const SECRET_PATTERNS: readonly [RegExp, string][] = [
  [/([?&]token=)[^&\s"']+/gi, '$1***'],
  [/\b(bearer\s+)[\w.~+/=-]+/gi, '$1***'],
  [/((?:password|passwd|pwd|token|secret|口令|密码)["']?\s*[:=：]\s*["']?)[^\s"',;&]+/gi, '$1***'],
];

/** Masks what looks like a secret: a token in a URL or a field, a password, a bearer value. */
export function redact(text: string): string {
  return SECRET_PATTERNS.reduce((out, [pattern, mask]) => out.replace(pattern, mask), text);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

export function createErrorLog(options: ErrorLogOptions): ErrorLog {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());
  const file = join(options.dir, 'dossier.log');

  const sizeOf = (path: string): number => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };

  const rotate = () => {
    rmSync(`${file}.${keep}`, { force: true });
    for (let n = keep - 1; n >= 1; n -= 1) {
      if (sizeOf(`${file}.${n}`) > 0) renameSync(`${file}.${n}`, `${file}.${n + 1}`);
    }
    if (keep >= 1) renameSync(file, `${file}.1`);
    else rmSync(file, { force: true });
  };

  return {
    file,
    error(scope, error) {
      // A line never larger than a file: a huge error is cut, not allowed to defeat the bound.
      const body = redact(describe(error)).slice(0, Math.max(256, maxBytes - 200));
      const line = `${now().toISOString()} [${scope}] ${body.replace(/\n/g, '\n    ')}\n`;
      try {
        mkdirSync(options.dir, { recursive: true });
        if (sizeOf(file) > 0 && sizeOf(file) + Buffer.byteLength(line) > maxBytes) rotate();
        appendFileSync(file, line, 'utf8');
      } catch (writeError) {
        // The log must never take the app down; say so on stderr instead.
        console.error('[dossier] could not write the error log', writeError);
      }
    },
  };
}
