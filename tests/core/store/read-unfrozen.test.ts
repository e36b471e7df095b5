// Store.scan and Store.peek: the same records as all and get, without freezing them on the way out.
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../electron/core/clock';
import { openStore } from '../../../electron/core/store/open-store';
import { buildFixture, fixtureChange, folioId } from '../../helpers/fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

async function reopened(n: number) {
  const dir = await makeTempDir();
  const seeded = await openStore(dir, { clock: systemClock });
  if (!seeded.ok) throw new Error(seeded.problem.message);
  await seeded.store.commit(fixtureChange(buildFixture(n)));
  await seeded.store.close();
  const opened = await openStore(dir, { clock: systemClock });
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.store;
}

describe('reading without freezing', () => {
  it('scan and peek give what all and get give; get still hands out a frozen record', async () => {
    const store = await reopened(12);
    try {
      const scanned = [...store.scan('folios')];
      expect(scanned.every((f) => !Object.isFrozen(f))).toBe(true);
      const peeked = store.peek('folios', folioId(3));
      expect(peeked && Object.isFrozen(peeked)).toBe(false);
      expect(store.peek('folios', 'no-such-folio')).toBeUndefined();

      const all = [...store.all('folios')];
      expect(scanned).toEqual(all);
      expect(store.peek('folios', folioId(3))).toEqual(store.get('folios', folioId(3)));
      const got = store.get('folios', folioId(3));
      expect(got && Object.isFrozen(got.progress)).toBe(true);
      // A record frozen once stays frozen for every reader, scan included.
      expect([...store.scan('folios')].every((f) => Object.isFrozen(f))).toBe(true);
    } finally {
      await store.close();
    }
  });
});
