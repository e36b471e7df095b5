// @ts-check
/**
 * Module-resolution hook (registered with `module.register`): `electron` → the stand-in in
 * this folder. The bundle's `import { app, ... } from 'electron'` then gets the fake.
 */

const FAKE = new URL('./index.mjs', import.meta.url).href;

/**
 * @param {string} specifier
 * @param {{ conditions: string[]; parentURL?: string }} context
 * @param {(specifier: string, context: { conditions: string[]; parentURL?: string }) => Promise<{ url: string }>} nextResolve
 * @returns {Promise<{ url: string; shortCircuit?: boolean }>}
 */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier.startsWith('electron/')) {
    return { url: FAKE, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
