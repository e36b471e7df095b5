// Checks which API calls count as changes (refreshing 撤销 and the page): writes yes, reads and failures no.
import { describe, expect, it, vi } from 'vitest';
import type { MethodName } from '../../../renderer/src/api/contract-types';
import { API_METHODS } from '../../../renderer/src/api/method-names';
import { isMutation, withMutationListener } from '../../../renderer/src/api/mutations';
import { fakeApi } from '../helpers/fake-api';
import { person } from '../helpers/fixtures';

describe('what counts as a change (refreshes 撤销 and the open page)', () => {
  it('reads are not changes; saves, deletes, restores and undo are', () => {
    const reads: MethodName[] = ['folios.list', 'groups.get', 'undo.status', 'search.find'];
    const writes: MethodName[] = ['people.create', 'folios.delete', 'trash.restore', 'undo.undo'];
    expect(reads.filter(isMutation)).toEqual([]);
    expect(writes.filter(isMutation)).toEqual(writes);
    expect(isMutation('attachments.open')).toBe(false);
    expect(isMutation('workspace.update')).toBe(true);
  });

  it('tells the listener after a change succeeds, never after a read or a failure', async () => {
    const onMutation = vi.fn();
    const api = withMutationListener(
      fakeApi({
        'people.list': vi.fn(() => Promise.resolve([])),
        'people.create': vi.fn(() => Promise.resolve(person('person-0001', '李明'))),
      }),
      onMutation,
    );
    await api['people.list']({});
    expect(onMutation).not.toHaveBeenCalled();
    await api['people.create']({ name: '李明' });
    expect(onMutation).toHaveBeenCalledWith('people.create');
    await expect(api['people.delete']({ id: 'person-0001', rev: 1 })).rejects.toThrow();
    expect(onMutation).toHaveBeenCalledTimes(1);
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
  });
});
