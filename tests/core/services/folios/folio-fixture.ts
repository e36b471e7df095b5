// Test fixture: a fresh core with one working group, today's date, and item and blocker inputs.
import { expect } from 'vitest';
import type { InputOf, MethodName } from '../../../../electron/core/api/contract';
import type { Folio } from '../../../../electron/core/api/views';
import { aiGroup } from '../../../helpers/ai-server';
import { openTestCore, type TestCore } from '../../../helpers/core';

/** The test clock's day (TEST_START in China time): dates after it are "in the future". */
export const TODAY = '2024-04-01';

export type FolioInput = Omit<InputOf<'folios.create'>, 'groupId' | 'name'> & { name?: string };

export type FolioPatch = Omit<InputOf<'folios.update'>, 'id' | 'rev'>;

export interface FolioCore {
  t: TestCore;
  groupId: string;
  create(input?: FolioInput): Promise<Folio>;
  get(id: string): Promise<Folio>;
  /** folios.update of `folio` at the rev it holds, with `patch`. */
  edit(folio: Pick<Folio, 'id' | 'rev'>, patch: FolioPatch): Promise<Folio>;
  /** Calls a method that must fail on `path`, and checks that the folio did not change. */
  refused(
    id: string,
    method: MethodName,
    input: unknown,
    path: string,
    message: string | RegExp,
  ): Promise<void>;
}

/** A fresh core with one working group, ready for folios. */
export async function folioCore(): Promise<FolioCore> {
  const t = await openTestCore();
  const group = await aiGroup(t);
  const get = async (id: string) => (await t.call('folios.get', { id })).folio;
  return {
    t,
    groupId: group.id,
    create: (input = {}) =>
      t.call('folios.create', { name: '中京电投天水智算中心项目', ...input, groupId: group.id }),
    get,
    edit: (folio, patch) => t.call('folios.update', { id: folio.id, rev: folio.rev, ...patch }),
    async refused(id, method, input, path, message) {
      const before = await get(id);
      const error = await t.fail(method, input);
      expect(error.kind).toBe('validation');
      const field = error.fields.find((f) => f.path === path);
      expect(field, `no error on ${path}: ${JSON.stringify(error.fields)}`).toBeDefined();
      expect(field?.message).toMatch(message);
      expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(await get(id)).toEqual(before);
    },
  };
}

/** A checklist item as the form sends it: no id yet, not struck off. */
export const item = (text: string, extra: object = {}) => ({
  text,
  owner: '',
  due: null,
  doneOn: null,
  ...extra,
});

/** A blocker as the form sends it. */
export const blocker = (problem: string, extra: object = {}) => ({
  problem,
  raisedOn: '2024-03-01',
  department: '市自然资源局',
  status: 'open' as const,
  resolution: '',
  solvedOn: null,
  onSite: false,
  ...extra,
});
