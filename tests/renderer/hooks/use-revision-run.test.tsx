// Checks useRevisionRun sends the rev the last save returned, even when an older reload arrives later.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useRevisionRun } from '../../../renderer/src/hooks/useRevisionRun';

describe('useRevisionRun', () => {
  it('sends the rev the last save returned, even when an older reload arrives after it', async () => {
    const onSaved = vi.fn();
    const { result, rerender } = renderHook(
      ({ rev }: { rev: number }) => useRevisionRun({ rev }, onSaved, () => {}, '已被修改'),
      { initialProps: { rev: 3 } },
    );
    const sent: number[] = [];
    const save = (rev: number) => {
      sent.push(rev);
      return Promise.resolve({ rev: rev + 1 });
    };
    await act(() => result.current(save));
    // The page shows the saved record, then a reload started before the save comes back.
    rerender({ rev: 4 });
    rerender({ rev: 3 });
    await act(() => result.current(save));
    // A change made elsewhere (rev 9) is taken up.
    rerender({ rev: 9 });
    await act(() => result.current(save));
    expect(sent).toEqual([3, 4, 9]);
    expect(onSaved).toHaveBeenCalledTimes(3);
  });
});
