// Checks `npm start`'s prestart: starts when Electron is there, installs it when not, fails clearly.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  ensureElectron,
  failureMessage,
  firstLine,
  probeElectron,
  type Probe,
} from '../../electron/cli/electron-runtime';
import { makeTempDir } from '../helpers/temp-dir';

const missing: Probe = { present: false, why: 'node_modules/electron/path.txt is missing' };
const here: Probe = { present: true, executable: '/x/dist/electron' };

/** A probe that answers `before` until the installer has run, then `after`. */
function machine(before: Probe, after: Probe) {
  let installed = false;
  return {
    probe: () => (installed ? after : before),
    markInstalled: () => {
      installed = true;
    },
  };
}

describe('npm start: ensuring the Electron runtime', () => {
  it('starts at once when the runtime is there, without running the installer', async () => {
    const install = vi.fn();
    const outcome = await ensureElectron({ probe: () => here, install, log: () => {} });
    expect(outcome).toEqual({ status: 'present', executable: '/x/dist/electron' });
    expect(install).not.toHaveBeenCalled();
  });

  it("runs electron's installer when the runtime is missing, and goes on once it is there", async () => {
    const m = machine(missing, here);
    const lines: string[] = [];
    const outcome = await ensureElectron({
      probe: m.probe,
      install: async () => {
        m.markInstalled();
        return { ok: true, reason: '' };
      },
      log: (l) => lines.push(l),
    });
    expect(outcome.status).toBe('installed');
    expect(lines.join('\n')).toContain('正在下载');
  });

  it('fails with the installer’s reason when the download is impossible', async () => {
    const m = machine(missing, missing);
    const outcome = await ensureElectron({
      probe: m.probe,
      install: async () => ({ ok: false, reason: 'RequestError: getaddrinfo ENOTFOUND' }),
      log: () => {},
    });
    expect(outcome).toEqual({ status: 'failed', reason: 'RequestError: getaddrinfo ENOTFOUND' });
  });

  it('fails without a stack trace when the installer itself throws', async () => {
    const m = machine(missing, missing);
    const error = new Error('spawn ENOENT');
    const outcome = await ensureElectron({
      probe: m.probe,
      install: () => Promise.reject(error),
      log: () => {},
    });
    expect(outcome).toEqual({ status: 'failed', reason: 'spawn ENOENT' });
  });

  it('does not trust an installer that says it succeeded when the runtime is still missing', async () => {
    const m = machine(missing, { present: false, why: '/x/dist/electron is missing' });
    const outcome = await ensureElectron({
      probe: m.probe,
      install: async () => {
        m.markInstalled();
        return { ok: true, reason: '' };
      },
      log: () => {},
    });
    expect(outcome).toEqual({ status: 'failed', reason: '/x/dist/electron is missing' });
  });

  it('keeps the first line of an error, not its stack frames', () => {
    const stack =
      'RequestError: getaddrinfo ENOTFOUND host\n    at ClientRequest.<anonymous> (x.js:1:1)';
    expect(firstLine(stack)).toBe('RequestError: getaddrinfo ENOTFOUND host');
  });

  it('says what to do, in Chinese and English, naming npm run web and where the binary goes', () => {
    const text = failureMessage('offline', {
      version: '41.7.1',
      platform: 'linux',
      arch: 'arm64',
      cacheDir: '/home/u/.cache/electron',
    });
    expect(text).toContain('无法启动桌面版');
    expect(text).toContain('Cannot start the desktop app');
    expect(text).toContain('npm run web');
    expect(text).toContain('ELECTRON_MIRROR');
    expect(text).toContain('electron-v41.7.1-linux-arm64.zip');
    expect(text).toContain('node_modules/electron/path.txt');
    expect(text).toContain('/home/u/.cache/electron');
    expect(text).not.toMatch(/^\s+at /m);
  });
});

describe('probing node_modules/electron', () => {
  async function electronDir(files: Record<string, string>): Promise<string> {
    const dir = await makeTempDir();
    for (const [name, content] of Object.entries(files)) {
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), content);
    }
    return dir;
  }

  it('finds the runtime the way electron-vite does: path.txt, then dist/<path>', async () => {
    const dir = await electronDir({
      'path.txt': 'electron',
      'dist/electron': '',
      'dist/version': 'v41.7.1',
    });
    expect(probeElectron({ dir, version: '41.7.1' }, {})).toEqual({
      present: true,
      executable: join(dir, 'dist', 'electron'),
    });
  });

  it('reports a missing path.txt, a missing binary and a runtime of another version', async () => {
    const none = await electronDir({});
    expect(probeElectron({ dir: none, version: '41.7.1' }, {}).present).toBe(false);
    const noBinary = await electronDir({ 'path.txt': 'electron' });
    expect(probeElectron({ dir: noBinary, version: '41.7.1' }, {}).present).toBe(false);
    const old = await electronDir({
      'path.txt': 'electron',
      'dist/electron': '',
      'dist/version': '39.0.0',
    });
    const probe = probeElectron({ dir: old, version: '41.7.1' }, {});
    expect(probe).toEqual({
      present: false,
      why: 'dist holds Electron 39.0.0, package.json wants 41.7.1',
    });
  });

  it('honours ELECTRON_EXEC_PATH, as electron-vite does', async () => {
    const dir = await electronDir({ 'elsewhere/electron': '' });
    const exec = join(dir, 'elsewhere', 'electron');
    expect(probeElectron({ dir, version: '41.7.1' }, { ELECTRON_EXEC_PATH: exec })).toEqual({
      present: true,
      executable: exec,
    });
    expect(
      probeElectron({ dir, version: '41.7.1' }, { ELECTRON_EXEC_PATH: join(dir, 'nope') }).present,
    ).toBe(false);
  });
});
