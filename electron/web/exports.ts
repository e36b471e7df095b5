// The web shell's /exports/ route: where an exported .dossier bundle is on disk.
import { join } from 'node:path';
import type { AttachmentFile } from '../core/services/attachments/stored-files';
import { EXPORTS_DIR } from '../core/services/exchange/handlers';

/** Exported bundles in the web shell: `/exports/<folder>/<fileName>?token=<token>`. */
export const EXPORTS_PREFIX = '/exports/';

/** `exchange.export` names each export's folder with 24 random hex digits. */
const FOLDER_RE = /^[0-9a-f]{24}$/;

/**
 * Where `/exports/<folder>/<fileName>` is on disk: only a `.dossier` directly inside one export
 * folder of the staging root's exports folder. Anything else (traversal, other files) is null.
 */
export function exportedFileLookup(
  stagingRoot: () => string | null,
): (folder: string, fileName: string) => AttachmentFile | null {
  return (folder, fileName) => {
    const root = stagingRoot();
    if (root === null || !FOLDER_RE.test(folder)) return null;
    if (!fileName.endsWith('.dossier') || /[/\\\0]|^\.+$/.test(fileName)) return null;
    return {
      path: join(root, EXPORTS_DIR, folder, fileName),
      name: fileName,
      mime: 'application/octet-stream',
    };
  };
}
