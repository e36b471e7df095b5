// Checks the demo workspace through an exchange and back: nothing lost or duplicated, re-import a no-op.
import { describe, expect, it } from 'vitest';
import { contentOf, exchange, openDesk } from '../../helpers/exchange';

describe('the demo workspace through an exchange', () => {
  it('goes to an empty workspace and back with nothing lost or duplicated; re-import is a no-op', async () => {
    const a = await openDesk('甲');
    const b = await openDesk('乙');
    await a.call('workspace.loadDemo', {});
    const sent = contentOf(a.session.store());
    const there = await exchange(a, b);
    expect(there.preview.counts.conflicts).toBe(0);
    expect(there.result.added).toBe(there.preview.records.length);
    expect(contentOf(b.session.store())).toEqual(sent);
    const back = await exchange(b, a);
    expect(back.result.applied).toBe(false);
    expect(contentOf(a.session.store())).toEqual(sent);
    const again = await exchange(a, b);
    expect(again.result.applied).toBe(false);
    expect(again.preview.counts).toMatchObject({ added: 0, updated: 0, deleted: 0, conflicts: 0 });
  });
});
