// The desktop's dialogs for 卷宗交换 (save a .dossier, open one) and a bundle named on the command line.
import { extname } from 'node:path';
import type { ExchangeDeps } from '../core/services/exchange/handlers';

/** The part of Electron's `dialog` 卷宗交换 uses (the window is bound by the caller). */
export interface ExchangeDialog {
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: {
    title: string;
    properties: 'openFile'[];
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

const BUNDLE_FILTER = { name: '卷宗（.dossier）', extensions: ['dossier'] };

/**
 * The desktop's part of the exchange deps: the save dialog for 导出卷宗 (a `.dossier` name is
 * kept even when the officer types it without one) and the open dialog for 导入卷宗.
 */
export function exchangeDialogs(dialog: ExchangeDialog): Omit<ExchangeDeps, 'appVersion'> {
  return {
    allowPaths: true,
    chooseExportPath: async (suggestedName) => {
      const picked = await dialog.showSaveDialog({
        title: '导出卷宗',
        defaultPath: suggestedName,
        filters: [BUNDLE_FILTER],
      });
      if (picked.canceled || !picked.filePath) return null;
      const path = picked.filePath;
      return extname(path).toLowerCase() === '.dossier' ? path : `${path}.dossier`;
    },
    chooseBundle: async () => {
      const picked = await dialog.showOpenDialog({
        title: '导入卷宗',
        properties: ['openFile'],
        filters: [BUNDLE_FILTER, { name: '压缩包（.zip）', extensions: ['zip'] }],
      });
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
  };
}

/** Whether a file given to the app (command line, macOS open-file) is a bundle to open. */
export const isBundlePath = (path: string): boolean => /\.dossier$/i.test(path);

/** A `.dossier` named on the command line (a double-click through the file association). */
export function bundleInArgv(argv: readonly string[]): string | null {
  return argv.slice(1).find((arg) => !arg.startsWith('-') && isBundlePath(arg)) ?? null;
}
