// Picks the transport: the preload bridge inside the desktop app, else HTTP to the web shell.
import type { Transport } from './create-api';
import { takeToken } from './token';
import { createBridgeTransport, createHttpTransport } from './transports';

/** Inside the desktop app the preload bridge is there; otherwise this is the web shell. */
export function pickTransport(win: Window = window): Transport {
  if (win.dossier) return createBridgeTransport(win.dossier);
  return createHttpTransport({ token: takeToken(win) });
}
