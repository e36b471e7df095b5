// Checks the desktop file opener: read-only copies under the real name, programs shown not run.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../electron/core/model/plain-text';
import { createFileOpener, type SystemShell } from '../../electron/main/open-file';
import { makeTempDir } from '../helpers/temp-dir';

function fakeShell(answer = '') {
  const opened: string[] = [];
  const shown: string[] = [];
  const shell: SystemShell = {
    openPath: async (path) => {
      opened.push(path);
      return answer;
    },
    showItemInFolder: (path) => shown.push(path),
  };
  return { shell, opened, shown };
}

async function storedFile(): Promise<{ path: string; temp: string }> {
  const base = await makeTempDir('dossier-open-');
  const path = join(base, 'ab12cd');
  await writeFile(path, '招商引资项目汇报材料');
  return { path, temp: await makeTempDir('dossier-open-temp-') };
}

describe('desktop file opener', () => {
  it('opens a read-only copy under the real name, in its own temp folder', async () => {
    const { path, temp } = await storedFile();
    const { shell, opened, shown } = fakeShell();
    await createFileOpener(shell, () => temp)(path, '项目汇报.docx');
    expect(opened).toHaveLength(1);
    const copy = opened[0] ?? '';
    expect(basename(copy)).toBe('项目汇报.docx');
    expect(dirname(dirname(copy))).toBe(temp);
    expect(await readFile(copy, 'utf8')).toBe('招商引资项目汇报材料');
    expect((await stat(copy)).mode & 0o222).toBe(0);
    expect(shown).toEqual([]);
  });

  it('the same file opened twice gets two copies, so an open viewer never blocks the second', async () => {
    const { path, temp } = await storedFile();
    const { shell, opened } = fakeShell();
    const open = createFileOpener(shell, () => temp);
    await open(path, 'a.pdf');
    await open(path, 'a.pdf');
    expect(new Set(opened).size).toBe(2);
  });

  it('rejects with the system’s message when openPath reports one', async () => {
    const { path, temp } = await storedFile();
    const { shell } = fakeShell('Failed to open path');
    await expect(createFileOpener(shell, () => temp)(path, 'a.pdf')).rejects.toThrow(
      'Failed to open path',
    );
  });

  it('only shows a program in its folder instead of running it', async () => {
    const { path, temp } = await storedFile();
    const { shell, opened, shown } = fakeShell();
    await createFileOpener(shell, () => temp)(path, '安装程序.EXE');
    await createFileOpener(shell, () => temp)(path, 'run.bat');
    expect(opened).toEqual([]);
    expect(shown.map((p) => basename(p))).toEqual(['安装程序.EXE', 'run.bat']);
  });

  it('makes names every file system accepts', () => {
    expect(safeFileName('合同:终稿?.pdf')).toBe('合同_终稿_.pdf');
    expect(safeFileName('说明.')).toBe('说明');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName('...')).toBe('文件');
  });
});
