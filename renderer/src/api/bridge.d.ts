// The type of `window.dossier`, the frozen bridge the Electron preload exposes.
import type { CallOutcome, MethodName, ResultOf } from './contract-types';

/**
 * What the Electron preload exposes as `window.dossier`: a frozen object with one function
 * per method name, each resolving to the call's outcome (never rejecting for an error envelope).
 */
export type DossierBridge = {
  readonly [M in MethodName]: (input: unknown) => Promise<CallOutcome<ResultOf<M>>>;
};

declare global {
  interface Window {
    /** Present only inside the desktop app. */
    readonly dossier?: DossierBridge;
  }
}
