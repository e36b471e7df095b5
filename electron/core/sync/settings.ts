/** Team sync's settings (server, user, groups; never the password), kept beside the sync state. */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { errorCode, writeDurable } from '../store/durable-file';

const settingsSchema = z.object({
  enabled: z.boolean().default(false),
  url: z.string().max(500).default(''),
  username: z.string().max(120).default(''),
  groups: z.array(z.string().max(64)).max(200).default([]),
});
export type SyncSettings = z.infer<typeof settingsSchema>;

const pathOf = (dataDir: string) => join(dataDir, 'sync', 'settings.json');

export async function loadSettings(dataDir: string): Promise<SyncSettings> {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(await readFile(pathOf(dataDir), 'utf8')));
    if (parsed.success) return parsed.data;
  } catch (e) {
    if (errorCode(e) !== 'ENOENT' && !(e instanceof SyntaxError)) throw e;
  }
  return settingsSchema.parse({});
}

export async function saveSettings(dataDir: string, settings: SyncSettings): Promise<void> {
  await mkdir(join(dataDir, 'sync'), { recursive: true });
  await writeDurable(pathOf(dataDir), JSON.stringify(settings, null, 2));
}
