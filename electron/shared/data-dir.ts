// The desktop shell's data folder: `--data-dir`, else DOSSIER_DATA_DIR, else the user data folder.
import { join, resolve } from 'node:path';

/** The environment variable that names the data folder when no `--data-dir` is given. */
export const DATA_DIR_ENV = 'DOSSIER_DATA_DIR';

/**
 * Reads `--data-dir DIR` or `--data-dir=DIR` from a command line. Returns undefined when the
 * flag is absent; throws (in Chinese, for the user) when it is given without a folder.
 * Shared by both shells. Plain Node: no `electron` here.
 */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length);
      if (value === '') throw new Error('--data-dir 后面需要给出数据文件夹的路径');
      return value;
    }
    if (arg === '--data-dir') {
      const value = argv[i + 1];
      if (value === undefined || value === '' || value.startsWith('--')) {
        throw new Error('--data-dir 后面需要给出数据文件夹的路径');
      }
      return value;
    }
  }
  return undefined;
}

/**
 * The desktop shell's data folder: `--data-dir DIR`, else `$DOSSIER_DATA_DIR`, else
 * `<userData>/data`. A relative folder is taken from `cwd`. The result is absolute.
 */
export function resolveDataDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userDataPath: string,
  cwd: string = process.cwd(),
): string {
  const chosen =
    dataDirFlag(argv) ?? (env[DATA_DIR_ENV] || undefined) ?? join(userDataPath, 'data');
  return resolve(cwd, chosen);
}
