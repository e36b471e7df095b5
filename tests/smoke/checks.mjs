// @ts-check
import { writeFileSync } from 'node:fs';
/** A tiny check collector: groups of named checks, a `N passed, N failed` line per group. */

/** @typedef {{ label: string; ok: boolean; detail: string }} CheckResult */

/**
 * What every group of smoke checks receives.
 * @typedef {object} SmokeContext
 * @property {CheckGroups} checks
 * @property {typeof import('./fake-electron/index.mjs')} fake
 * @property {{ ROOT: string; PRELOAD: string; RENDERER_INDEX: string; IPC_CHANNEL: string; APP_PAGE: string; dataDir: string }} paths
 */

/**
 * Reads an unknown value as a record (empty when it is not an object).
 * @param {unknown} value
 * @returns {Record<string, unknown>}
 */
export const obj = (value) =>
  typeof value === 'object' && value !== null ? /** @type {Record<string, unknown>} */ (value) : {};

export class CheckGroups {
  /** @type {Map<string, CheckResult[]>} */
  groups = new Map();

  /**
   * @param {string} group
   * @param {string} label
   * @param {boolean} ok
   * @param {unknown} [detail] shown when the check fails
   */
  check(group, label, ok, detail = '') {
    const list = this.groups.get(group) ?? [];
    list.push({ label, ok, detail: typeof detail === 'string' ? detail : JSON.stringify(detail) });
    this.groups.set(group, list);
  }

  /**
   * Runs `body`; an exception fails the group with the message instead of ending the run.
   * @param {string} group
   * @param {() => Promise<void> | void} body
   */
  async run(group, body) {
    try {
      await body();
    } catch (error) {
      this.check(
        group,
        'ran without throwing',
        false,
        error instanceof Error ? error.stack : error,
      );
    }
  }

  /**
   * Prints every group and the total; returns the number of failed checks. With
   * `SMOKE_JSON=<file>` in the environment, also writes `{ passed, failed }` there for CI.
   */
  report() {
    let passed = 0;
    let failed = 0;
    for (const [group, list] of this.groups) {
      const bad = list.filter((c) => !c.ok);
      for (const c of bad)
        console.log(`  ✗ ${group}: ${c.label}${c.detail ? `\n      ${c.detail}` : ''}`);
      const good = list.length - bad.length;
      console.log(`${group}: ${good} passed, ${bad.length} failed`);
      passed += good;
      failed += bad.length;
    }
    console.log(`total: ${passed} passed, ${failed} failed`);
    const out = process.env.SMOKE_JSON;
    if (out) writeFileSync(out, JSON.stringify({ passed, failed }));
    return failed;
  }
}

/**
 * Calls an API method through the IPC handler the shell installed, as the page would; throws
 * when the call fails, so a check group reports it.
 * @param {SmokeContext} context
 * @returns {(method: string, input: unknown) => Promise<Record<string, unknown>>}
 */
export function ipcCaller({ fake, paths }) {
  return async (method, input) => {
    const handler = fake.recorder.ipcHandlers.get(paths.IPC_CHANNEL);
    if (!handler) throw new Error(`no handler on ${paths.IPC_CHANNEL}`);
    const outcome = obj(await handler({ senderFrame: { url: paths.APP_PAGE } }, method, input));
    if (outcome.ok !== true) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
    return obj(outcome.result);
  };
}
