// The renderer's entry: picks the transport, starts the first reads, then loads and mounts the app.
import { createApi } from './api/create-api';
import { pickTransport } from './api/pick-transport';
import { startFirstReads } from './app/first-reads';
import { preloadPageOf } from './app/page-code';
import { parseHash } from './router/hash-router';

const api = createApi(pickTransport());
// The answers travel while the app's code (most of the renderer) downloads and starts.
startFirstReads(api, window.location.hash);
// The page's own code, if it is not in the app's chunk, loads alongside.
preloadPageOf(parseHash(window.location.hash));
void import('./app/mount').then(({ mount }) => mount(api));
