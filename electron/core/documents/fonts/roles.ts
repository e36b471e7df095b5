/**
 * The faces GB/T 9704 asks for, and where each is found: the file names Windows and macOS (and
 * Office or WPS installs) use, and the family names fontconfig reports on Linux.
 */
import type { FaceSource, FontReportRow } from '../../api/views';

export type { FaceSource, FontReportRow };

export type FontRole = 'fangsong' | 'heiti' | 'kaiti' | 'xiaobiaosong' | 'songti';

export const FONT_ROLES: readonly FontRole[] = [
  'fangsong',
  'heiti',
  'kaiti',
  'xiaobiaosong',
  'songti',
];

/** What 设置 shows for each role. */
export const ROLE_NAMES: Record<FontRole, string> = {
  fangsong: '仿宋',
  heiti: '黑体',
  kaiti: '楷体',
  xiaobiaosong: '方正小标宋',
  songti: '宋体',
};

/** A face in a file; `postscriptName` picks one face out of a collection (.ttc). */
export interface FontFileRef {
  path: string;
  postscriptName?: string;
}

export interface OfficialFace {
  /** Lower-case file names, most wanted first. */
  files: readonly string[];
  /** Family names as fontconfig lists them (any of a face's names may match). */
  families: readonly string[];
  /** The face to take out of a collection file. */
  postscriptName?: string;
}

export const OFFICIAL_FACES: Record<FontRole, readonly OfficialFace[]> = {
  fangsong: [
    {
      files: [
        'fangsong_gb2312.ttf',
        '仿宋_gb2312.ttf',
        'simfang.ttf',
        'stfangso.ttf',
        'fzfsjw.ttf',
      ],
      families: ['FangSong_GB2312', '仿宋_GB2312', 'FangSong', '仿宋', 'STFangsong', '华文仿宋'],
    },
  ],
  heiti: [
    {
      files: ['simhei.ttf', 'fzhtjw.ttf', 'stheiti.ttf'],
      families: ['SimHei', '黑体', 'FZHei-B01S', '方正黑体简体', 'STHeiti', '华文黑体'],
    },
  ],
  kaiti: [
    {
      files: ['kaiti_gb2312.ttf', '楷体_gb2312.ttf', 'simkai.ttf', 'stkaiti.ttf', 'fzktjw.ttf'],
      families: ['KaiTi_GB2312', '楷体_GB2312', 'KaiTi', '楷体', 'STKaiti', '华文楷体'],
    },
  ],
  xiaobiaosong: [
    {
      files: ['fzxbsjw.ttf', 'fzxbsk.ttf', '方正小标宋简体.ttf', 'fzxiaobiaosong-b05s.ttf'],
      families: ['FZXiaoBiaoSong-B05S', '方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05'],
    },
  ],
  songti: [
    { files: ['simsun.ttc'], families: ['SimSun', '宋体'], postscriptName: 'SimSun' },
    { files: ['simsun.ttf', 'stsong.ttf'], families: ['STSong', '华文宋体'] },
  ],
};

/** Whether a face has serifs (仿宋, 楷体, 宋体, 小标宋 fall back to serif) or not (黑体). */
export type FaceStyle = 'serif' | 'sans';

export const ROLE_STYLE: Record<FontRole, FaceStyle> = {
  fangsong: 'serif',
  heiti: 'sans',
  kaiti: 'serif',
  xiaobiaosong: 'serif',
  songti: 'serif',
};

/** An installed face tried for characters a role's face lacks. */
export interface ExtensionFace extends OfficialFace {
  style: FaceStyle;
}

/**
 * Installed faces tried, in this order, for characters beyond the official faces' reach (CJK
 * extensions, e.g. 𠮷 U+20BB7 or 䶮): SimSun-ExtB and MingLiU-ExtB on Windows, Noto CJK (Debian's
 * fonts-noto-cjk, Fedora's google-noto-cjk) and Source Han on Linux and macOS.
 */
export const EXTENSION_FACES: readonly ExtensionFace[] = [
  { files: ['simsunb.ttf'], families: ['SimSun-ExtB'], style: 'serif' },
  {
    files: ['mingliub.ttc'],
    families: ['MingLiU-ExtB'],
    postscriptName: 'MingLiU-ExtB',
    style: 'serif',
  },
  {
    files: ['notoserifcjk-regular.ttc', 'notoserifcjksc-regular.otf'],
    families: ['Noto Serif CJK SC', 'Source Han Serif SC', '思源宋体'],
    postscriptName: 'NotoSerifCJKsc-Regular',
    style: 'serif',
  },
  {
    files: ['notosanscjk-regular.ttc', 'notosanscjksc-regular.otf'],
    families: ['Noto Sans CJK SC', 'Source Han Sans SC', '思源黑体'],
    postscriptName: 'NotoSansCJKsc-Regular',
    style: 'sans',
  },
];

/** Heading faces by level (GB/T 9704): 一、黑体 ·（一）楷体 · 1. 仿宋 bold ·（1）仿宋. */
export const HEADING_FACE: Readonly<Record<1 | 2 | 3 | 4, { role: FontRole; bold: boolean }>> = {
  1: { role: 'heiti', bold: false },
  2: { role: 'kaiti', bold: false },
  3: { role: 'fangsong', bold: true },
  4: { role: 'fangsong', bold: false },
};
