// The desktop's 选择字体文件 dialog for 设置 → 公文字体: a .ttf/.otf/.ttc path, asked only by the app's page.
import type { IpcMain } from 'electron';
import { FONT_DIALOG_CHANNEL } from '../core/api/names';
import type { CallOutcome } from '../core/api/errors';
import { appSenderCheck, UNAUTHORIZED, type IpcSender } from './ipc';

/** The part of Electron's `dialog` the font picker uses (the window is bound by the caller). */
export interface FontOpenDialog {
  showOpenDialog(options: {
    title: string;
    properties: 'openFile'[];
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export type FontDialogHandler = (event: IpcSender) => Promise<CallOutcome<string | null>>;

/** The font files the documents can embed. */
export const FONT_EXTENSIONS = ['ttf', 'otf', 'ttc'] as const;

/**
 * Opens the file dialog for a frame showing a page of `allowedOrigins` only (any other sender is
 * refused without a dialog); answers the chosen path, or null when the officer cancelled.
 * Never throws. No `electron` at run time here.
 */
export function createFontDialogHandler(
  dialog: FontOpenDialog,
  allowedOrigins: readonly string[],
): FontDialogHandler {
  const fromApp = appSenderCheck(allowedOrigins);
  return async (event) => {
    if (!fromApp(event)) return { ok: false, error: UNAUTHORIZED };
    try {
      const picked = await dialog.showOpenDialog({
        title: '选择字体文件',
        properties: ['openFile'],
        filters: [{ name: '字体文件（.ttf、.otf、.ttc）', extensions: [...FONT_EXTENSIONS] }],
      });
      return { ok: true, result: picked.canceled ? null : (picked.filePaths[0] ?? null) };
    } catch (error) {
      console.error('[dossier] font dialog failed', error);
      return {
        ok: false,
        error: {
          kind: 'internal',
          message: '无法打开选择文件的窗口，请直接填写字体文件路径。',
          fields: [],
        },
      };
    }
  };
}

export function installFontDialog(ipcMain: Pick<IpcMain, 'handle'>, handler: FontDialogHandler) {
  ipcMain.handle(FONT_DIALOG_CHANNEL, (event) => handler(event));
}
