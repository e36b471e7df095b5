// Person pickers match pinyin: initials (wl), whole syllables (wanglei) and a later syllable (lei).
import { describe, expect, it } from 'vitest';
import { loadPinyin, matchesName } from '../../../renderer/src/components/pinyin-filter';

describe('person picker search', () => {
  it('finds a name by its pinyin initials or syllables once the reading is loaded', async () => {
    await loadPinyin();
    expect(matchesName('wl', '王磊（投资促进科科长）')).toBe(true);
    expect(matchesName('wanglei', '王磊')).toBe(true);
    expect(matchesName('lei', '王磊')).toBe(true);
    expect(matchesName('hxd', '何晓东')).toBe(true);
    expect(matchesName('zeng', '曾国强')).toBe(true);
    expect(matchesName('lv', '吕梁')).toBe(true);
    expect(matchesName('lu', '吕梁')).toBe(true);
    expect(matchesName('wl', '何晓东')).toBe(false);
    expect(matchesName('ang', '王磊')).toBe(false);
  });

  it('finds by the characters typed, as before', () => {
    expect(matchesName('晓东', '何晓东（副市长）')).toBe(true);
    expect(matchesName('副市长', '何晓东（副市长）')).toBe(true);
    expect(matchesName('陈', '何晓东')).toBe(false);
  });
});
