// Checks resolveDataDir: --data-dir flags, DOSSIER_DATA_DIR, the userData fallback, relative folders.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../electron/shared/data-dir';

const USER_DATA = resolve('/home/officer/.config/dossier');
const CWD = resolve('/work/here');

describe('resolveDataDir', () => {
  it('prefers --data-dir DIR over the environment and userData', () => {
    const dir = resolveDataDir(
      ['electron', '.', '--data-dir', '/data/flag'],
      { DOSSIER_DATA_DIR: '/data/env' },
      USER_DATA,
      CWD,
    );
    expect(dir).toBe(resolve('/data/flag'));
  });

  it('accepts --data-dir=DIR', () => {
    expect(resolveDataDir(['app', '--data-dir=/data/eq'], {}, USER_DATA, CWD)).toBe(
      resolve('/data/eq'),
    );
  });

  it('falls back to DOSSIER_DATA_DIR', () => {
    expect(resolveDataDir(['app'], { DOSSIER_DATA_DIR: '/data/env' }, USER_DATA, CWD)).toBe(
      resolve('/data/env'),
    );
  });

  it('ignores an empty DOSSIER_DATA_DIR', () => {
    expect(resolveDataDir(['app'], { DOSSIER_DATA_DIR: '' }, USER_DATA, CWD)).toBe(
      join(USER_DATA, 'data'),
    );
  });

  it('falls back to <userData>/data', () => {
    expect(resolveDataDir(['app'], {}, USER_DATA, CWD)).toBe(join(USER_DATA, 'data'));
  });

  it('resolves a relative folder against cwd', () => {
    expect(resolveDataDir(['app', '--data-dir', 'rel/dir'], {}, USER_DATA, CWD)).toBe(
      join(CWD, 'rel', 'dir'),
    );
  });

  it('throws (in Chinese) when --data-dir has no folder', () => {
    expect(() => resolveDataDir(['app', '--data-dir'], {}, USER_DATA, CWD)).toThrow(/数据文件夹/);
    expect(() => resolveDataDir(['app', '--data-dir', '--demo'], {}, USER_DATA, CWD)).toThrow(
      /数据文件夹/,
    );
    expect(() => resolveDataDir(['app', '--data-dir='], {}, USER_DATA, CWD)).toThrow(/数据文件夹/);
  });
});
