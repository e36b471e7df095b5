// Checks the desktop's 卷宗交换 dialogs: save as .dossier, open a bundle, a .dossier on the command line.
import { describe, expect, it, vi } from 'vitest';
import {
  bundleInArgv,
  exchangeDialogs,
  isBundlePath,
  type ExchangeDialog,
} from '../../electron/main/exchange-dialogs';

function fakeDialog(save: string | null, open: string | null): ExchangeDialog {
  return {
    showSaveDialog: vi.fn(() =>
      Promise.resolve(save === null ? { canceled: true } : { canceled: false, filePath: save }),
    ),
    showOpenDialog: vi.fn(() =>
      Promise.resolve(
        open === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [open] },
      ),
    ),
  };
}

describe('desktop: the dialogs of 卷宗交换', () => {
  it('saves under the name the officer picked, always as .dossier; null when cancelled', async () => {
    const dialog = fakeDialog('D:\\交换\\给王芳', null);
    const deps = exchangeDialogs(dialog);
    expect(await deps.chooseExportPath?.('专班-20240401-0900.dossier')).toBe(
      'D:\\交换\\给王芳.dossier',
    );
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: '专班-20240401-0900.dossier',
        filters: [expect.objectContaining({ extensions: ['dossier'] })],
      }),
    );
    expect(
      await exchangeDialogs(fakeDialog('/home/a/x.DOSSIER', null)).chooseExportPath?.('a'),
    ).toBe('/home/a/x.DOSSIER');
    expect(await exchangeDialogs(fakeDialog(null, null)).chooseExportPath?.('a')).toBeNull();
  });

  it('opens a bundle through the open dialog and may read paths', async () => {
    const deps = exchangeDialogs(fakeDialog(null, '/home/a/收到.dossier'));
    expect(deps.allowPaths).toBe(true);
    expect(await deps.chooseBundle?.()).toBe('/home/a/收到.dossier');
    expect(await exchangeDialogs(fakeDialog(null, null)).chooseBundle?.()).toBeNull();
  });

  it('finds a .dossier on the command line (a double-click), and nothing else', () => {
    expect(bundleInArgv(['app.exe', '--data-dir', 'd', 'C:\\收到\\专班.dossier'])).toBe(
      'C:\\收到\\专班.dossier',
    );
    expect(bundleInArgv(['app.exe', '--flag=x.dossier', 'notes.zip'])).toBeNull();
    expect(bundleInArgv(['x.dossier'])).toBeNull();
    // macOS open-file: only a bundle is opened (a PDF dropped on the Dock icon is not).
    expect(isBundlePath('/Users/wf/收到/专班.DOSSIER')).toBe(true);
    expect(isBundlePath('/Users/wf/收到/材料.pdf')).toBe(false);
  });
});
