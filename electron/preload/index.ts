/**
 * The bridge (sandboxed, bundled to CommonJS): `window.dossier`, one frozen object with one
 * function per API method. Each returns the registry's `CallOutcome` envelope
 * (`{ ok: true, result }` or `{ ok: false, error }`), exactly as the web shell's /api does.
 * ipcRenderer itself is never exposed. Only names.ts comes from the core: no zod here.
 * `window.dossierFiles.pathOf(file)`: where a file dropped on the window sits on this machine
 * (webUtils, no IPC), so a dropped .dossier is staged by path like one opened with the app.
 * `window.dossierFiles.chooseFont()`: the desktop's file dialog for a .ttf/.otf/.ttc font, answering
 * `{ ok: true, result: path | null }` (null: cancelled) on its own channel.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { CallOutcome } from '../core/api/errors';
import { FONT_DIALOG_CHANNEL, IPC_CHANNEL, METHOD_NAMES } from '../core/api/names';

type MethodName = (typeof METHOD_NAMES)[number];
export type DossierBridge = Readonly<
  Record<MethodName, (input?: unknown) => Promise<CallOutcome<unknown>>>
>;

function bridge(): DossierBridge {
  const methods: Partial<Record<MethodName, (input?: unknown) => Promise<CallOutcome<unknown>>>> =
    {};
  for (const name of METHOD_NAMES) {
    methods[name] = (input?: unknown) =>
      ipcRenderer.invoke(IPC_CHANNEL, name, input) as Promise<CallOutcome<unknown>>;
  }
  return Object.freeze(
    methods as Record<MethodName, (input?: unknown) => Promise<CallOutcome<unknown>>>,
  );
}

contextBridge.exposeInMainWorld('dossier', bridge());
contextBridge.exposeInMainWorld(
  'dossierFiles',
  Object.freeze({
    pathOf: (file: File): string => webUtils.getPathForFile(file),
    chooseFont: () =>
      ipcRenderer.invoke(FONT_DIALOG_CHANNEL) as Promise<CallOutcome<string | null>>,
  }),
);
