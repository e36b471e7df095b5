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
