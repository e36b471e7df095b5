// Checks that a search stops when its page is full: the page equals the whole answer's first rows, and few names are looked at.
import { prng } from '../../../helpers/prng';
import { describe, expect, it } from 'vitest';
import {
  nameReading,
  pinyinQuery,
  spells,
} from '../../../../electron/core/services/search/pinyin-keys';
import { runQuery } from '../../../../electron/core/services/search/query';
import type { StoreReader } from '../../../../electron/core/services/search/record-texts';
import {
  addWhole,
  emptyParts,
  makeSlot,
  type IndexParts,
  type Slot,
} from '../../../../electron/core/services/search/slot';

const WORDS = [
  '秦岭',
  '青山',
  '天水',
  '张家',
  '曾',
  '华',
  '麦积',
  '陇原',
  'AI',
  '项目',
  '秦',
  '亲',
];
/** Hits on other parts read the record again; these tests look at names only. */
const store: StoreReader = { peek: () => undefined, scan: () => [], loaded: true };

function addName(parts: IndexParts, id: string, name: string, note = ''): void {
  const fields = note ? [{ label: '备注', text: note }] : [];
  const texts = { kind: 'folio' as const, id, title: name, nameLabel: '项目名称', fields };
  addWhole(parts, makeSlot('folios', texts), fields);
}

/** Names of one to three words (many share a start, some are equal); every 11th edited. */
function workspace(seed: number, count: number): IndexParts {
  const r = prng(seed);
  const pick = () => WORDS[Math.floor(r() * WORDS.length)] ?? '';
  const parts = emptyParts();
  for (let i = 0; i < count; i++) {
    const name = Array.from({ length: 1 + Math.floor(r() * 3) }, pick).join('');
    addName(parts, `f${i}`, name, `${pick()}${name}`);
  }
  for (let i = 0; i < count; i += 11) parts.slots[i] = null;
  return parts;
}

/** What a person might type for a name: part of it, or part of its pinyin. */
function queriesFor(slot: Slot, r: () => number): string[] {
  const { name } = slot;
  const cut = (text: string, from: number) =>
    text.slice(from, from + 1 + Math.floor(r() * (text.length - from)));
  const out = [cut(name, 0), cut(name, Math.floor(r() * name.length))];
  const reading = nameReading(slot.title);
  if (reading.length > 0) {
    // One way of reading it, each character read one of its ways at random.
    const syllables = reading.map((ways) => ways[Math.floor(r() * ways.length)] ?? '');
    const full = syllables.join('');
    const initials = syllables.map((s) => s.charAt(0)).join('');
    out.push(cut(full, 0), cut(initials, 0), cut(full, syllables[0]?.length ?? 0));
  }
  return out.filter((q) => q.trim().length > 0);
}

const live = (parts: IndexParts) => parts.slots.flatMap((s) => (s ? [s] : []));

/** The names holding `q`, looked for in every record: whole, then starting, then inside. */
function namesByScan(parts: IndexParts, q: string): string[] {
  const all = live(parts);
  return [
    ...all.filter((s) => s.name === q),
    ...all.filter((s) => s.name.length > q.length && s.name.startsWith(q)),
    ...all.filter((s) => !s.name.startsWith(q) && s.name.indexOf(q, 1) > 0),
  ].map((s) => s.id);
}

/** The names `spelled` spells from their start, looked for in every record. */
function spelledByScan(parts: IndexParts, spelled: string, taken: readonly string[]): string[] {
  return live(parts)
    .filter((s) => !taken.includes(s.id) && spells(spelled, nameReading(s.title), true))
    .map((s) => s.id);
}

/** `parts` with every look at a slot counted. */
function counted(parts: IndexParts): { parts: IndexParts; looks: () => number } {
  let looks = 0;
  const slots = new Proxy(parts.slots, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) looks++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { parts: { ...parts, slots }, looks: () => looks };
}

describe('search stops when the page is full', () => {
  it('gives the first rows of the whole answer for any limit, names in scan order', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const parts = workspace(seed, 400);
      const r = prng(seed * 31);
      const sample = live(parts).filter(() => r() < 0.08);
      for (const q of [...sample.flatMap((s) => queriesFor(s, r)), '秦', 'q', 'zz']) {
        const whole = runQuery(parts, store, q, 1e9);
        for (const limit of [1, 3, 10, 50]) {
          expect(runQuery(parts, store, q, limit), `${q} (${limit})`).toEqual(
            whole.slice(0, limit),
          );
        }
        const names = namesByScan(parts, q.toLowerCase());
        const ids = whole.map((h) => h.id);
        expect(ids.slice(0, names.length), q).toEqual(names);
        const spelled = pinyinQuery(q.toLowerCase());
        if (spelled && spelled.length >= 2) {
          const fromStart = spelledByScan(parts, spelled, names);
          const at = names.length;
          expect(ids.slice(at, at + fromStart.length), q).toEqual(fromStart);
        }
      }
    }
  });

  it('looks at about a page of names when thousands start with the query', () => {
    const parts = emptyParts();
    for (let i = 0; i < 3_000; i++) addName(parts, `f${i}`, `秦岭新区招商${i}`);
    addName(parts, 'port', '钦州港');
    addName(parts, 'county', '张家川');
    for (let i = 0; i < 3; i++) addName(parts, `whole${i}`, '秦岭');

    const byName = counted(parts);
    const hits = runQuery(byName.parts, store, '秦岭', 10);
    expect(hits.map((h) => h.id)).toEqual([
      'whole0',
      'whole1',
      'whole2',
      'f0',
      'f1',
      'f2',
      'f3',
      'f4',
      'f5',
      'f6',
    ]);
    expect(byName.looks()).toBeLessThan(50);

    const byChar = counted(parts);
    expect(runQuery(byChar.parts, store, '秦', 10)).toHaveLength(10);
    expect(byChar.looks()).toBeLessThan(50);

    // Every name's pinyin starts with "qi"; one alone spells "qinzh".
    const bySpelling = counted(parts);
    expect(runQuery(bySpelling.parts, store, 'qinzh', 10).map((h) => h.id)).toEqual(['port']);
    expect(bySpelling.looks()).toBeLessThan(50);

    // Every name holds the pairs of "zhang" (zhaoshang); one alone has a syllable zhang.
    const bySyllable = counted(parts);
    expect(runQuery(bySyllable.parts, store, 'zhang', 10).map((h) => h.id)).toEqual(['county']);
    expect(bySyllable.looks()).toBeLessThan(50);
  });

  it('looks only at names holding the initials in a row, not every name holding their pairs', () => {
    const parts = emptyParts();
    // l-y-g-p-y-p: the pairs ly and yp, never lyp in a row.
    for (let i = 0; i < 3_000; i++) addName(parts, `f${i}`, `李阳光平原坡${i}`);
    addName(parts, 'inside', '新区李阳平项目');
    addName(parts, 'start', '刘洋坪村');

    const byInitials = counted(parts);
    expect(runQuery(byInitials.parts, store, 'lyp', 10).map((h) => h.id)).toEqual([
      'start',
      'inside',
    ]);
    expect(byInitials.looks()).toBeLessThan(50);
    // A polyphone's other reading counts as well: 长 reads chang and zhang.
    addName(parts, 'polyphone', '新区长阳坪');
    expect(runQuery(parts, store, 'zyp', 10).map((h) => h.id)).toEqual(['polyphone']);
    expect(runQuery(parts, store, 'cyp', 10).map((h) => h.id)).toEqual(['polyphone']);
  });
});
