// Checks search posting lists: exact intersections of short, packed and long lists, each slot once.
import { describe, expect, it } from 'vitest';
import { CodeIndex } from '../../../../electron/core/services/search/postings';

/** Slots 0…n-1 listed under code k when k divides them; the answer is computed by hand. */
function divisors(n: number, codes: number[]) {
  const index = new CodeIndex();
  for (let slot = 0; slot < n; slot++) {
    for (const code of codes) if (slot % code === 0) index.addCode(slot, code);
  }
  return index;
}

function visited(index: CodeIndex, codes: number[], stopAfter = Infinity): number[] {
  const out: number[] = [];
  index.intersect(codes, (slot) => {
    out.push(slot);
    return out.length < stopAfter;
  });
  return out;
}

describe('search posting lists', () => {
  it('intersects short, packed and very long lists exactly', () => {
    const n = 20_000;
    const index = divisors(n, [1, 3, 7, 1000, 4999]);
    const expected = (...ks: number[]) =>
      Array.from({ length: n }, (_, s) => s).filter((s) => ks.every((k) => s % k === 0));

    expect(visited(index, [3, 7])).toEqual(expected(3, 7));
    expect(visited(index, [1, 7, 3])).toEqual(expected(7, 3));
    expect(visited(index, [1000, 3])).toEqual(expected(1000, 3));
    expect(visited(index, [4999, 1])).toEqual(expected(4999));
    expect(visited(index, [1])).toHaveLength(n);
  });

  it('stops when told, and finds nothing for a code never added', () => {
    const index = divisors(5_000, [2, 5]);
    expect(visited(index, [2, 5], 3)).toEqual([0, 10, 20]);
    expect(visited(index, [2, 11])).toEqual([]);
    expect(visited(index, [])).toEqual([]);
  });

  it('lists of one slot, of a few and of many intersect exactly', () => {
    const index = new CodeIndex();
    for (let slot = 0; slot < 100; slot++) index.addCode(slot, 1);
    index.addCode(42, 2);
    index.addCode(42, 2);
    index.addCode(7, 3);
    index.addCode(42, 3);
    expect(visited(index, [2])).toEqual([42]);
    expect(visited(index, [1, 2])).toEqual([42]);
    expect(visited(index, [2, 3])).toEqual([42]);
    expect(visited(index, [3, 1])).toEqual([7, 42]);
    index.addCode(50, 2);
    expect(visited(index, [1, 2])).toEqual([42, 50]);
    expect(visited(index, [2, 3])).toEqual([42]);
  });

  it('reads packed lists whose gaps take one to four bytes', () => {
    // Gaps from 1 to ~2^22 (one to four bytes each).
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const slots: number[] = [];
    for (let slot = next() % 5; slots.length < 6_000; slot += 1 + (next() % 2 ** (next() % 23)))
      slots.push(slot);
    const index = new CodeIndex();
    for (const slot of slots) index.addCode(slot, 1);
    expect(visited(index, [1])).toEqual(slots);
    // Every slot, and every number between two, seeks to the right one (by a second list).
    const probe = new CodeIndex();
    const targets = slots.filter((_, i) => i % 3 === 0).flatMap((s) => [s, s + 1]);
    for (const target of targets) probe.addCode(target, 2);
    for (const slot of slots) probe.addCode(slot, 1);
    const listed = new Set(slots);
    expect(visited(probe, [1, 2])).toEqual(targets.filter((t) => listed.has(t)));
  });

  it('a reader sees the entries listed when it began, not those added after', () => {
    const index = new CodeIndex();
    for (let slot = 0; slot < 1_000; slot++) index.addCode(slot, 1);
    const cursor = index.cursor([1]);
    for (let slot = 1_000; slot < 3_000; slot++) index.addCode(slot, 1);
    const seen: number[] = [];
    for (let slot = cursor(); slot >= 0; slot = cursor()) seen.push(slot);
    expect(seen).toEqual(Array.from({ length: 1_000 }, (_, i) => i));
  });

  it('lists a slot once however often its text holds the pair', () => {
    const index = new CodeIndex();
    index.add(0, '麻辣烫麻辣烫');
    index.add(5, '天水麻辣烫');
    const found = (text: string) => {
      const slots: number[] = [];
      index.candidates(text, (slot) => slots.push(slot) > 0);
      return slots;
    };
    expect(found('麻辣')).toEqual([0, 5]);
    expect(found('天水麻辣烫')).toEqual([5]);
  });
});
