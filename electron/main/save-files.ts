// The desktop's file saver: the user picks a folder and each file is copied there under a free name.
import { copyFile, constants } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { safeFileName } from '../core/model/plain-text';

/** The part of Electron's `dialog` the saver uses: a folder picker. */
export type PickFolder = () => Promise<string | null>;

/** `name`, or `name（2）.ext` … when the folder already has a file of that name. */
async function copyWithoutOverwriting(from: string, folder: string, name: string): Promise<void> {
  const safe = safeFileName(name);
  const ext = extname(safe);
  const stem = safe.slice(0, safe.length - ext.length);
  for (let n = 1; n < 1000; n += 1) {
    const target = join(folder, n === 1 ? safe : `${stem}（${n}）${ext}`);
    try {
      await copyFile(from, target, constants.COPYFILE_EXCL);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`“${folder}”中同名文件过多`);
}

/**
 * The desktop's `saveFiles` for the core: the user picks a folder; each file is copied there
 * under its own name, never over an existing file. Null when the user cancels.
 */
export function createFileSaver(pickFolder: PickFolder) {
  return async (files: { path: string; name: string }[]): Promise<string | null> => {
    const folder = await pickFolder();
    if (!folder) return null;
    for (const file of files) await copyWithoutOverwriting(file.path, folder, file.name);
    return folder;
  };
}
