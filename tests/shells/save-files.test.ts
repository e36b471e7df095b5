// Checks saving generated files to a picked folder: no overwrites, nothing when cancelled.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileSaver } from '../../electron/main/save-files';
import { makeTempDir } from '../helpers/temp-dir';

describe('desktop: saving generated files to a folder the user picks', () => {
  it('copies each file under its name and never overwrites one already there', async () => {
    const source = await makeTempDir('dossier-save-src-');
    const folder = await makeTempDir('dossier-save-dst-');
    await writeFile(join(source, 'a'), '新版');
    await writeFile(join(folder, '项目简报-温泉.pdf'), '旧版');
    const save = createFileSaver(async () => folder);
    const saved = await save([{ path: join(source, 'a'), name: '项目简报-温泉.pdf' }]);
    expect(saved).toBe(folder);
    expect((await readdir(folder)).sort()).toEqual(['项目简报-温泉.pdf', '项目简报-温泉（2）.pdf']);
    expect(await readFile(join(folder, '项目简报-温泉.pdf'), 'utf8')).toBe('旧版');
    expect(await readFile(join(folder, '项目简报-温泉（2）.pdf'), 'utf8')).toBe('新版');
  });

  it('does nothing when the user cancels the folder dialog', async () => {
    const source = await makeTempDir('dossier-save-src-');
    await writeFile(join(source, 'a'), 'x');
    const save = createFileSaver(async () => null);
    expect(await save([{ path: join(source, 'a'), name: 'x.pdf' }])).toBeNull();
  });
});
