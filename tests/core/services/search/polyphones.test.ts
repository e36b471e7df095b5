// Checks pinyin by every reading of each character: polyphones found either way, pinyin-pro's own reading always kept.
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { nameReading, spells } from '../../../../electron/core/services/search/pinyin-keys';
import { NAME_WORDS, PERSON_NAMES, SENTENCES } from '../../../helpers/fixture-words';
import { openTestCore } from '../../../helpers/core';
import { readDemoFile } from '../../../helpers/demo-file';

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

const demo = readDemoFile();

/** The syllables pinyin-pro reads a whole name as (its choice for each polyphone), as the index once kept them. */
function wholeReading(name: string, mode: 'normal' | 'surname'): string[] {
  return pinyin(name, { toneType: 'none', type: 'array', v: true, mode })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((s) => s.length > 0);
}

describe('pinyin by every reading of each character', () => {
  it('finds a name whichever way its polyphones are read', async () => {
    const t = await openTestCore();
    const group = await t.call('groups.create', { name: '长安产业链专班', kind: 'chain' });
    const folio = await t.call('folios.create', { groupId: group.id, name: '重庆银行合作项目' });
    const shan = await t.call('people.create', { name: '单雄信', title: '处长' });

    // pinyin-pro reads 长安 as zhang an; chang an is how an officer says it.
    for (const text of ['changan', 'zhangan', 'cacy']) {
      expect(ids(await t.call('search.query', { text })), text).toEqual([group.id]);
    }
    for (const text of ['chongqing', 'zhongqing', 'yinhang', 'cqyh', 'zqyh']) {
      expect(ids(await t.call('search.query', { text })), text).toEqual([folio.id]);
    }
    for (const text of ['shanxiongxin', 'danxiongxin', 'sxx', 'dxx']) {
      expect(ids(await t.call('search.query', { text })), text).toEqual([shan.id]);
    }
    // Every character is still read in full from its start: no reading glued out of halves.
    expect(await t.call('search.query', { text: 'angan' })).toEqual([]);
    expect(await t.call('search.query', { text: 'hangqing' })).toEqual([]);
  });

  it('keeps the reading pinyin-pro gives the whole name, in normal and surname mode, ü as v and u', () => {
    const people = [...demo.people.map((p) => p.name), ...PERSON_NAMES];
    const others = [
      ...demo.folios,
      ...demo.groups,
      ...demo.enterprises,
      ...[...NAME_WORDS, ...SENTENCES].map((name) => ({
        name,
      })),
    ].map((r) => r.name);
    const cases = [
      ...people.flatMap((name) => [
        { name, mode: 'surname' as const },
        { name, mode: 'normal' as const },
      ]),
      ...others.map((name) => ({ name, mode: 'normal' as const })),
    ];
    expect(cases.length).toBeGreaterThan(200);
    for (const { name, mode } of cases) {
      const syllables = wholeReading(name, mode);
      const reading = nameReading(name);
      expect(reading, name).toHaveLength(syllables.length);
      const u = syllables.map((s) => s.replaceAll('v', 'u'));
      for (const way of [syllables, u]) {
        const full = way.join('');
        const initials = way.map((s) => s.charAt(0)).join('');
        expect(spells(full, reading, true), `${name} ${full}`).toBe(true);
        expect(spells(initials, reading, true), `${name} ${initials}`).toBe(true);
        const second = way.slice(1).join('');
        if (second) expect(spells(second, reading), `${name} ${second}`).toBe(true);
      }
    }
  });
});
