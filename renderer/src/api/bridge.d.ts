// The type of `window.dossier`, the frozen bridge the Electron preload exposes.
import type { CallOutcome, MethodName, ResultOf } from './contract-types';

/**
 * What the Electron preload exposes as `window.dossier`: a frozen object with one function
 * per method name, each resolving to the call's outcome (never rejecting for an error envelope).
 */
export type DossierBridge = {
  readonly [M in MethodName]: (input: unknown) => Promise<CallOutcome<ResultOf<M>>>;
};

/** What the Electron preload exposes as `window.dossierFiles`. */
export interface DossierFiles {
  /** Where a dropped file sits on this machine ('' when it is not a file on disk). */
  readonly pathOf: (file: File) => string;
  /** The desktop's file dialog for a .ttf/.otf/.ttc font: its path, or null when cancelled. */
  readonly chooseFont: () => Promise<CallOutcome<string | null>>;
}

declare global {
  interface Window {
    /** Present only inside the desktop app. */
    readonly dossier?: DossierBridge;
    /** Present only inside the desktop app. */
    readonly dossierFiles?: DossierFiles;
  }
}
