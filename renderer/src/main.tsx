// The renderer's entry: picks the transport, starts the first reads, draws the list's first
// screen when it can, then loads and mounts the app.
import { createApi } from './api/create-api';
import { pickTransport } from './api/pick-transport';
import { startFirstReads } from './app/first-reads';
import { preloadPageOf } from './app/page-code';
import { pageReady } from './app/page-ready';
import { drawFirstScreen } from './first-screen/draw';
import { parseHash } from './router/hash-router';

const api = createApi(pickTransport());
const { hash } = window.location;
// The answers travel while the app's code (most of the renderer) downloads and starts.
startFirstReads(api, hash);
// The page's own code, if it is not in the app's chunk, loads alongside.
preloadPageOf(parseHash(hash));
// The app's code and its style sheet load once the list's first screen is on screen, not before:
// compiling and starting them would hold that frame back (at once when no screen is drawn).
void drawFirstScreen(hash)
  .catch((error: unknown) => console.error('The first screen could not be drawn', error))
  .then(() => Promise.all([import('./app/mount'), pageReady()]))
  .then(([{ mount }]) => mount(api));
