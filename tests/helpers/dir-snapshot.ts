// Test helper: every file and folder under a directory with its bytes, to prove nothing was written.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file under `dir` (relative path → its bytes in base64) and every folder (`<dir>`). */
export async function snapshotDir(
  dir: string,
  options: { skip?: (rel: string) => boolean } = {},
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(current: string): Promise<void> {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      const full = join(current, entry.name);
      const rel = relative(dir, full).split('\\').join('/');
      if (options.skip?.(rel)) continue;
      if (entry.isDirectory()) {
        out[`${rel}/`] = '<dir>';
        await walk(full);
      } else {
        out[rel] = (await readFile(full)).toString('base64');
      }
    }
  }
  await walk(dir);
  return out;
}
