/** Every API method is handled in one place: `electron/core/services/<group>/handlers.ts` for method `<group>.<name>`. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../electron/core/api/names';

const services = resolve(import.meta.dirname, '../../../electron/core/services');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(services, path).replace(/\\/g, '/')] : [];
  });
}

const files = sourceFiles(services);
const read = (file: string) => readFileSync(join(services, file), 'utf8');
const isHandlersFile = (file: string) => /^[a-z]+\/handlers\.ts$/.test(file);

describe('the handlers layout', () => {
  it('defines each method in the handlers file of its group, and nowhere else', () => {
    const where = new Map<string, string[]>();
    for (const file of files) {
      for (const [, method] of read(file).matchAll(/^\s+'([a-z]+(?:\.[a-zA-Z]+)+)':/gm)) {
        if (method && (METHOD_NAMES as readonly string[]).includes(method)) {
          where.set(method, [...(where.get(method) ?? []), file]);
        }
      }
    }
    for (const method of METHOD_NAMES) {
      const group = method.split('.')[0];
      expect(where.get(method), method).toEqual([`${group}/handlers.ts`]);
    }
  });

  it('exports handler factories only from handlers files', () => {
    const factories = files.flatMap((file) =>
      [...read(file).matchAll(/export (?:async )?function (\w+Handlers)\b/g)].map(
        ([, name]) => `${file}: ${name}`,
      ),
    );
    expect(factories.length).toBeGreaterThan(0);
    expect(factories.filter((f) => !isHandlersFile(f.split(':')[0] ?? ''))).toEqual([]);
  });

  it('hands the registry only factories imported from handlers files', () => {
    const index = read('index.ts');
    const imported = new Map<string, string>();
    for (const [, names, from] of index.matchAll(/import \{([^}]*)\} from '([^']+)'/g)) {
      for (const name of (names ?? '').split(',')) imported.set(name.trim(), from ?? '');
    }
    const called = [...index.matchAll(/\b(\w+Handlers)\(/g)].map(([, name]) => name ?? '');
    expect(called.length).toBeGreaterThan(10);
    for (const name of called) {
      expect(imported.get(name), name).toMatch(/^\.\/[a-z]+\/handlers$/);
    }
  });
});
