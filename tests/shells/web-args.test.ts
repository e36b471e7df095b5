// Checks parseWebArgs: defaults, --data-dir, --port and --demo, the environment, refusals in Chinese.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../electron/web/args';

const CWD = resolve('/work/here');
const HOME = resolve('/home/officer');

describe('parseWebArgs', () => {
  it('defaults: port 0, no demo, ~/.dossier-desk/web-data', () => {
    expect(parseWebArgs([], {}, CWD, HOME)).toEqual({
      dataDir: join(HOME, '.dossier-desk', 'web-data'),
      port: 0,
      demo: false,
      help: false,
    });
  });

  it('reads --data-dir, --port, --demo', () => {
    const args = parseWebArgs(['--data-dir', 'd', '--port', '8123', '--demo'], {}, CWD, HOME);
    expect(args).toEqual({ dataDir: join(CWD, 'd'), port: 8123, demo: true, help: false });
  });

  it('reads --port=N and --data-dir=DIR', () => {
    const args = parseWebArgs(['--port=0', '--data-dir=/x'], {}, CWD, HOME);
    expect(args.port).toBe(0);
    expect(args.dataDir).toBe(resolve('/x'));
  });

  it('takes DOSSIER_DATA_DIR when no flag is given', () => {
    expect(parseWebArgs([], { DOSSIER_DATA_DIR: '/env' }, CWD, HOME).dataDir).toBe(resolve('/env'));
  });

  it('refuses a bad port or an unknown flag, in Chinese', () => {
    expect(() => parseWebArgs(['--port', '70000'], {}, CWD, HOME)).toThrow(/端口|65535/);
    expect(() => parseWebArgs(['--port', 'abc'], {}, CWD, HOME)).toThrow(/65535/);
    expect(() => parseWebArgs(['--port'], {}, CWD, HOME)).toThrow(/65535/);
    expect(() => parseWebArgs(['--host', '0.0.0.0'], {}, CWD, HOME)).toThrow(/不认识的参数/);
  });
});
