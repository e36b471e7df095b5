/*
 * Prints the folio list's first screen as JSON (renderer/src/first-screen/prerender.tsx), for the
 * renderer's build to put into index.html. Run in a process of its own: it gives Node a browser
 * window (happy-dom) for the app's components, which must not leak into the build's own process.
 */
import { Window } from 'happy-dom';
import { createServer } from 'vite';

const renderer = new URL('../../renderer/', import.meta.url).pathname;
const window = new Window({ url: 'http://localhost/#/folios', width: 1280, height: 720 });
const globals: Record<string, unknown> = {
  window,
  document: window.document,
  navigator: window.navigator,
  localStorage: window.localStorage,
  HTMLElement: window.HTMLElement,
  getComputedStyle: window.getComputedStyle.bind(window),
};
for (const [name, value] of Object.entries(globals)) {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}

const server = await createServer({
  configFile: false,
  root: renderer,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const module = (await server.ssrLoadModule('/src/first-screen/prerender.tsx')) as {
    prerenderFolioList: () => Promise<unknown>;
  };
  process.stdout.write(JSON.stringify(await module.prerenderFolioList()));
} finally {
  await server.close();
  await window.happyDOM.close();
}
