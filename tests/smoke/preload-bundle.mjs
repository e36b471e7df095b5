// @ts-check
/**
 * Runs out/preload/index.cjs the way a sandboxed preload runs: CommonJS, `require` limited
 * (here: to `electron` alone, a stand-in with contextBridge, ipcRenderer and webUtils).
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/**
 * @typedef {object} PreloadRun
 * @property {{ key: string; api: unknown }[]} exposed what exposeInMainWorld received
 * @property {unknown[][]} invokes arguments of every ipcRenderer.invoke
 * @property {string[]} required every module the preload asked for
 * @property {unknown[]} pathsAsked every file given to webUtils.getPathForFile
 */

/**
 * @param {string} file
 * @returns {PreloadRun}
 */
export function runPreload(file) {
  /** @type {PreloadRun} */
  const run = { exposed: [], invokes: [], required: [], pathsAsked: [] };
  const ipcRenderer = {
    /** @param {unknown[]} args */
    invoke(...args) {
      run.invokes.push(args);
      return Promise.resolve({ ok: true, result: null });
    },
  };
  const contextBridge = {
    /** @param {string} key @param {unknown} api */
    exposeInMainWorld(key, api) {
      run.exposed.push({ key, api });
    },
  };
  const webUtils = {
    /** @param {unknown} file */
    getPathForFile(file) {
      run.pathsAsked.push(file);
      return '/home/wf/专班.dossier';
    },
  };
  /** @param {string} id */
  const require = (id) => {
    run.required.push(id);
    if (id === 'electron') return { contextBridge, ipcRenderer, webUtils };
    throw new Error(`a sandboxed preload cannot require ${id}`);
  };
  const module = { exports: {} };
  vm.runInNewContext(
    readFileSync(file, 'utf8'),
    { require, module, exports: module.exports, console },
    { filename: file },
  );
  return run;
}
