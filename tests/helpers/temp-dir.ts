// Test helper: a fresh folder under the system temp dir, removed when the current test finishes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A fresh folder under the system temp dir, removed when the current test finishes — the one
 * temp-folder helper of the suite. Call it before opening anything that writes into the folder
 * (a core, a server, a worker) and register that thing's close after it: onTestFinished hooks
 * run in reverse order, so the close runs, and its writes end, before the folder goes. The
 * removal retries (ENOTEMPTY, EBUSY) in case a file handle is still being let go of.
 */
export async function makeTempDir(prefix = 'dossier-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  onTestFinished(() => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }));
  return dir;
}
