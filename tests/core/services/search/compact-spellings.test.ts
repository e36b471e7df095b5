// The index keeps each name's pinyin as one compact string: it answers every query as the full readings do.
import { describe, expect, it } from 'vitest';
import {
  compactSpellings,
  pinyinSpellings,
  spells,
  spellsCompact,
} from '../../../../electron/core/services/search/pinyin-keys';
import { COUNTIES, FIRM_WORDS, GIVEN, SURNAMES } from '../../../helpers/fixture-words';
import { prng } from '../../../helpers/prng';

const NAMES = [
  ...COUNTIES,
  ...FIRM_WORDS,
  ...SURNAMES.map((s, i) => `${s}${GIVEN[i % GIVEN.length] ?? ''}`),
  '天水麻辣烫',
  '曾华',
  '旅游集散中心',
  '绿色AI算力中心2期',
  '重庆市甘肃商会',
  'Tesla 项目',
];

describe('compact pinyin readings', () => {
  it('spell exactly what the full readings spell, from the start and further in', () => {
    const r = prng(17);
    let checked = 0;
    for (const name of NAMES) {
      for (const person of [false, true]) {
        const readings = pinyinSpellings(name, { person });
        const compact = compactSpellings(readings);
        // Parts of the name's own pinyin (most spell it), and random letters (most do not).
        const queries = readings.flatMap(({ full, initials, starts }) => {
          const from = starts[Math.floor(r() * starts.length)] ?? 0;
          return [
            full.slice(0, 2 + Math.floor(r() * 6)),
            full.slice(from, from + 2 + Math.floor(r() * 8)),
            initials.slice(Math.floor(r() * initials.length), initials.length),
            `${full.slice(from, from + 3)}q`,
          ];
        });
        for (let i = 0; i < 6; i++) {
          queries.push(
            Array.from(
              { length: 2 + (i % 4) },
              () => 'abcdghijlmnqstxyz'[Math.floor(r() * 17)],
            ).join(''),
          );
        }
        for (const q of queries.filter((q) => q.length >= 2)) {
          for (const atStart of [false, true]) {
            const expected = readings.some((s) => spells(q, s, atStart));
            expect(spellsCompact(q, compact, atStart), `${name} ${q} ${atStart}`).toBe(expected);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('keep the syllables and readings apart', () => {
    expect(compactSpellings(pinyinSpellings('曾华', { person: true }))).toBe('ceng hua|zeng hua');
    expect(compactSpellings(pinyinSpellings('Tesla', { person: false }))).toBe('');
  });
});
