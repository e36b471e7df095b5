// Checks the manifest's chunked maps: a changed copy reads as a plain Map changed the same way, and the original stays as it was.
import { describe, expect, it } from 'vitest';
import { ChunkedMap } from '../../../electron/core/store/chunked-map';

const sorted = (entries: Iterable<[string, number]>) =>
  [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('ChunkedMap', () => {
  it('reads as the plain Map it was made from, and changes as one would', () => {
    const plain = new Map<string, number>();
    for (let i = 0; i < 3_000; i++) plain.set(`folios/${i}`, i);
    const chunked = ChunkedMap.of(plain);
    expect(chunked.size).toBe(3_000);
    expect(sorted(chunked)).toEqual(sorted(plain));

    // Changes like a commit's: some replaced, some deleted, some new, one deleted that never was.
    const changes = new Map<string, number | undefined>([
      ['folios/7', 70],
      ['folios/8', undefined],
      ['folios/3000', 3000],
      ['folios/-1', undefined],
      ['pages/0', 5],
    ]);
    const next = chunked.with(changes);
    const expected = new Map(plain);
    for (const [key, value] of changes) {
      if (value === undefined) expected.delete(key);
      else expected.set(key, value);
    }
    expect(next.size).toBe(expected.size);
    expect(sorted(next)).toEqual(sorted(expected));
    expect(sorted(next.entries())).toEqual(sorted(expected.entries()));
    expect([...next.keys()].sort()).toEqual([...expected.keys()].sort());
    expect([...next.values()].sort((a, b) => a - b)).toEqual(
      [...expected.values()].sort((a, b) => a - b),
    );
    expect(next.get('folios/7')).toBe(70);
    expect(next.has('folios/8')).toBe(false);
    expect(next.get('folios/8')).toBeUndefined();
    expect(next.get('pages/0')).toBe(5);
    const visited: [string, number][] = [];
    next.forEach((value, key) => visited.push([key, value]));
    expect(sorted(visited)).toEqual(sorted(expected));

    // The map it was made from is untouched, and so is the plain map.
    expect(chunked.size).toBe(3_000);
    expect(chunked.get('folios/7')).toBe(7);
    expect(chunked.get('folios/8')).toBe(8);
    expect(chunked.has('folios/3000')).toBe(false);
    expect(sorted(chunked)).toEqual(sorted(plain));
  });

  it('keeps each version as it was through a chain of changes', () => {
    let map = ChunkedMap.of(new Map<string, number>());
    const versions: Array<[ChunkedMap<number>, Map<string, number>]> = [];
    const model = new Map<string, number>();
    for (let step = 0; step < 200; step++) {
      const changes = new Map<string, number | undefined>();
      changes.set(`k${step % 37}`, step);
      if (step % 3 === 0) changes.set(`k${(step * 7) % 37}`, undefined);
      for (const [key, value] of changes) {
        if (value === undefined) model.delete(key);
        else model.set(key, value);
      }
      map = map.with(changes);
      versions.push([map, new Map(model)]);
    }
    for (const [version, expected] of versions) {
      expect(version.size).toBe(expected.size);
      expect(sorted(version)).toEqual(sorted(expected));
    }
  });

  it('is itself when nothing changes, and `of` a ChunkedMap is that map', () => {
    const map = ChunkedMap.of(new Map([['a', 1]]));
    expect(map.with(new Map())).toBe(map);
    expect(ChunkedMap.of(map)).toBe(map);
  });
});
