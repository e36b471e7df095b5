// The desktop's file opener: an attachment opened with the system viewer, refusing runnable types.
import { chmod, copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { safeFileName } from '../core/model/plain-text';

/** The part of Electron's `shell` the opener uses. Plain Node here: no `electron` import. */
export interface SystemShell {
  /** Resolves to '' on success, else to an error message. */
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
}

/**
 * Extensions the system would run rather than show. An attachment may come from anyone, so
 * these are only shown in their folder: running one takes a deliberate double click.
 */
const RUNNABLE = new Set(
  (
    '.app .appimage .apk .application .bat .cmd .com .command .cpl .desktop .dll .exe .gadget ' +
    '.hta .inf .jar .js .jse .ksh .lnk .msc .msi .msp .pif .pkg .ps1 .psm1 .reg .run .scf .scr ' +
    '.sh .shb .url .vb .vbe .vbs .website .ws .wsc .wsf .wsh .xbap'
  ).split(' '),
);

/**
 * The desktop's `openFile` for the core: the stored file (named by its hash, no extension)
 * is copied under its real name into a fresh temp folder, read-only so an edit in the viewer
 * is not mistaken for an edit of the dossier, and opened with the system's viewer.
 */
export function createFileOpener(
  shell: SystemShell,
  tempRoot: () => string = tmpdir,
): (absolutePath: string, name: string) => Promise<void> {
  return async (absolutePath, name) => {
    const dir = await mkdtemp(join(tempRoot(), 'dossier-open-'));
    const copy = join(dir, safeFileName(name));
    await copyFile(absolutePath, copy);
    await chmod(copy, 0o444);
    if (RUNNABLE.has(extname(copy).toLowerCase())) {
      shell.showItemInFolder(copy);
      return;
    }
    const error = await shell.openPath(copy);
    if (error) throw new Error(error);
  };
}
