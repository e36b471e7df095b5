// The face names Word looks up for each font role, per script, and the document's font table.
import type { IRunOptions } from 'docx';
import { OFFICIAL_FACES, type FontRole } from '../fonts/roles';

/** The family Word looks up for a role: the name Windows' own face answers to. */
function family(role: FontRole, name: string): string {
  const known = OFFICIAL_FACES[role].some((face) => face.families.includes(name));
  if (!known) throw new Error(`字体“${name}”不在${role}的字体名单中`);
  return name;
}

/**
 * The names government machines carry (GB/T 9704's 仿宋_GB2312 and 楷体_GB2312, not the newer
 * FangSong and KaiTi); the font table (`fontTableXml`) names the fallbacks.
 */
export const DOCX_FACES: Record<FontRole, string> = {
  fangsong: family('fangsong', '仿宋_GB2312'),
  heiti: family('heiti', '黑体'),
  kaiti: family('kaiti', '楷体_GB2312'),
  xiaobiaosong: family('xiaobiaosong', '方正小标宋简体'),
  songti: family('songti', '宋体'),
};

/**
 * Every run names its face for all three scripts: LibreOffice ignores `w:hint`, so a run without
 * `eastAsia` would fall back to the document default for its Chinese characters.
 */
export function runFont(role: FontRole): NonNullable<IRunOptions['font']> {
  const name = DOCX_FACES[role];
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/**
 * The face Word is told to use for characters beyond the BMP's CJK (𠮷, U+20000–U+3FFFF): Windows
 * ships SimSun-ExtB; the font table's fallback is MingLiU-ExtB. LibreOffice, which ignores the
 * font table, finds any installed face that has the glyph (Noto CJK on Linux).
 */
export const EXTENSION_FACE_NAME = 'SimSun-ExtB';

interface FontEntry {
  name: string;
  /** The name Word tries when the machine lacks `name`. */
  altName: string;
  /** PANOSE-1 of the Windows face; byte 2 says serif (02) or sans (0B) to matchers that read it. */
  panose: string;
  /** roman = serif, swiss = sans: what LibreOffice and Word fall back on when no name matches. */
  family: 'roman' | 'swiss';
}

/**
 * Each role's face and its chain: 仿宋_GB2312 → 仿宋 → FangSong, 楷体_GB2312 → 楷体 → KaiTi,
 * 黑体 → SimHei, 宋体 → SimSun; the serif faces say so, so a machine without any of them sets
 * them in a serif, and only 黑体 in a sans.
 */
export const FONT_TABLE: readonly FontEntry[] = [
  { name: '仿宋_GB2312', altName: '仿宋', panose: '02010609030101010101', family: 'roman' },
  { name: '仿宋', altName: 'FangSong', panose: '02010609060101010101', family: 'roman' },
  { name: '楷体_GB2312', altName: '楷体', panose: '02010609030101010101', family: 'roman' },
  { name: '楷体', altName: 'KaiTi', panose: '02010609060101010101', family: 'roman' },
  { name: '黑体', altName: 'SimHei', panose: '02010609060101010101', family: 'swiss' },
  {
    name: '方正小标宋简体',
    altName: '方正小标宋_GBK',
    panose: '02000000000000000000',
    family: 'roman',
  },
  { name: '宋体', altName: 'SimSun', panose: '02010600030101010101', family: 'roman' },
  {
    name: EXTENSION_FACE_NAME,
    altName: 'MingLiU-ExtB',
    panose: '02010609060101010101',
    family: 'roman',
  },
];

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** word/fontTable.xml: GB2312 charset (86), variable pitch, the family and fallback of each face. */
export function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/>` +
      `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W_NS}">${fonts}</w:fonts>`;
}
