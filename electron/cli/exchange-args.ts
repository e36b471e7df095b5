// Parses the `npm run exchange` command line (export, inspect, import); errors in Chinese name the flag.
import type { ExchangeScope } from '../core/exchange/types';

export const EXCHANGE_USAGE = `用法:
  npm run exchange -- export --data-dir DIR (--all | --group ID | --trip ID | --folio ID...) --out FILE [--password-file F] [--include-generated]
  npm run exchange -- inspect FILE [--password-file F]
  npm run exchange -- import FILE --data-dir DIR [--password-file F] [--dry-run] [--prefer ours|theirs]`;

export type ExchangeArgs =
  | {
      command: 'export';
      dataDir: string;
      scope: ExchangeScope;
      out: string;
      passwordFile?: string;
      includeGenerated: boolean;
    }
  | { command: 'inspect'; file: string; passwordFile?: string }
  | {
      command: 'import';
      file: string;
      dataDir: string;
      passwordFile?: string;
      dryRun: boolean;
      prefer?: 'ours' | 'theirs';
    };

/** Parses the command line; throws a Chinese message naming what is wrong. */
export function parseExchangeArgs(argv: readonly string[]): ExchangeArgs {
  const [command, ...rest] = argv;
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  const booleans = new Set(['--all', '--dry-run', '--include-generated']);
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
    } else if (booleans.has(arg)) {
      flags.set(arg, ['']);
    } else {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} 后面缺少值`);
      flags.set(arg, [...(flags.get(arg) ?? []), value]);
      i += 1;
    }
  }
  const one = (name: string): string | undefined => flags.get(name)?.at(-1);
  const need = (name: string): string => {
    const value = one(name);
    if (!value) throw new Error(`缺少 ${name}`);
    return value;
  };
  const passwordFile = one('--password-file');
  if (command === 'export') {
    const scopes: ExchangeScope[] = [];
    if (flags.has('--all')) scopes.push({ kind: 'all' });
    const group = one('--group');
    if (group) scopes.push({ kind: 'group', id: group });
    const trip = one('--trip');
    if (trip) scopes.push({ kind: 'trip', id: trip });
    const folios = flags.get('--folio');
    if (folios) scopes.push({ kind: 'folios', ids: folios });
    const [scope, ...more] = scopes;
    if (!scope || more.length > 0)
      throw new Error('请且只请给出一种范围：--all、--group、--trip 或 --folio');
    return {
      command,
      dataDir: need('--data-dir'),
      scope,
      out: need('--out'),
      passwordFile,
      includeGenerated: flags.has('--include-generated'),
    };
  }
  const file = positional[0];
  if (command === 'inspect') {
    if (!file) throw new Error('缺少要查看的文件');
    return { command, file, passwordFile };
  }
  if (command === 'import') {
    if (!file) throw new Error('缺少要导入的文件');
    const prefer = one('--prefer');
    if (prefer !== undefined && prefer !== 'ours' && prefer !== 'theirs')
      throw new Error('--prefer 只能是 ours 或 theirs');
    return {
      command,
      file,
      dataDir: need('--data-dir'),
      passwordFile,
      dryRun: flags.has('--dry-run'),
      prefer,
    };
  }
  throw new Error(`未知命令：${command ?? '（空）'}`);
}
