// The desktop's file printer: a PDF opened in a hidden, sandboxed window and sent to the printer.
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';

/**
 * The desktop's `printFile` for the core: the PDF opens in a hidden, sandboxed window of its
 * own session (Chromium's PDF viewer, hence `plugins`), and the system print dialog is shown
 * for it. Electron 31.4+ prints PDFs from such a window correctly (electron/electron#43309).
 */
export function createFilePrinter(parent: () => BrowserWindow | null) {
  return (absolutePath: string, name: string): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const owner = parent();
      const win = new BrowserWindow({
        show: false,
        title: name,
        ...(owner ? { parent: owner } : {}),
        webPreferences: {
          partition: 'print',
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          plugins: true,
          disableBlinkFeatures: 'Auxclick',
        },
      });
      const finish = (error: Error | null) => {
        if (!win.isDestroyed()) win.close();
        if (error) reject(error);
        else resolve();
      };
      win.webContents.once('did-fail-load', (_event, _code, description) =>
        finish(new Error(description)),
      );
      win.webContents.once('did-finish-load', () => {
        win.webContents.print({ silent: false, printBackground: true }, (ok, why) =>
          finish(ok || why === 'cancelled' ? null : new Error(why)),
        );
      });
      void win.loadURL(pathToFileURL(absolutePath).href);
    });
}
