import type { IRunOptions } from 'docx';
import { OFFICIAL_FACES, type FontRole } from '../fonts/roles';

/** The family Word looks up for a role: the name Windows' own face answers to. */
function family(role: FontRole, name: string): string {
  const known = OFFICIAL_FACES[role].some((face) => face.families.includes(name));
  if (!known) throw new Error(`字体“${name}”不在${role}的字体名单中`);
  return name;
}

export const DOCX_FACES: Record<FontRole, string> = {
  fangsong: family('fangsong', 'FangSong'),
  heiti: family('heiti', 'SimHei'),
  kaiti: family('kaiti', 'KaiTi'),
  xiaobiaosong: family('xiaobiaosong', '方正小标宋简体'),
  songti: family('songti', 'SimSun'),
};

/**
 * Every run names its face for all three scripts: LibreOffice ignores `w:hint`, so a run without
 * `eastAsia` would fall back to the document default for its Chinese characters.
 */
export function runFont(role: FontRole): NonNullable<IRunOptions['font']> {
  const name = DOCX_FACES[role];
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}
