// Checks that a write the disk refuses names its cause (per error code and step) and loses nothing.
import { describe, expect, it } from 'vitest';
import {
  writeDurableWith,
  type DurableStep,
  type WriteFn,
} from '../../../electron/core/store/durable-file';
import { openTestCore } from '../../helpers/core';
import { makeTempDir } from '../../helpers/temp-dir';

/** A write primitive whose disk refuses one step with one error code while `fault` is set. */
function injectable() {
  let fault: { step: DurableStep; code: string } | null = null;
  const write: WriteFn = (path, data, options) =>
    writeDurableWith(
      (step) => {
        if (fault && fault.step === step)
          throw Object.assign(new Error(`injected ${fault.code} at ${step}`), {
            code: fault.code,
          });
      },
      path,
      data,
      options,
    );
  return {
    write,
    set(step: DurableStep, code: string) {
      fault = { step, code };
    },
    heal() {
      fault = null;
    },
  };
}

const CAUSES: Array<[string, RegExp]> = [
  ['ENOSPC', /^磁盘已满/],
  ['EACCES', /^没有写入权限/],
  ['EPERM', /^没有写入权限/],
  ['EROFS', /只读/],
  ['EBUSY', /^文件被其他程序占用/],
];
const STEPS: DurableStep[] = ['write', 'fsync', 'rename', 'dirsync'];

describe('a write the disk refuses names its cause and loses nothing', () => {
  for (const [code, message] of CAUSES) {
    it(`${code} on write, fsync, rename and folder fsync`, async () => {
      const dir = await makeTempDir();
      const disk = injectable();
      const t = await openTestCore(dir, { write: disk.write });
      let group = await t.call('groups.create', { name: '数字经济专班', kind: 'project' });
      for (const step of STEPS) {
        disk.set(step, code);
        const refused = await t.fail('groups.update', {
          id: group.id,
          rev: group.rev,
          name: `改名-${step}`,
        });
        expect(refused.kind).toBe('store');
        expect(refused.message).toMatch(message);
        expect(refused.message).toContain('数据没有改动');
        // Memory is as before, and once the cause is gone the same save works.
        expect((await t.call('groups.get', { id: group.id })).group.name).toBe(group.name);
        disk.heal();
        group = await t.call('groups.update', {
          id: group.id,
          rev: group.rev,
          name: `改名-${step}`,
        });
      }
      await t.core.close();
      const reopened = await openTestCore(dir);
      expect((await reopened.call('groups.get', { id: group.id })).group).toEqual(group);
    });
  }
});
