// The set of faces a document uses, by role: the user's files, the machine's faces, the shipped ones.
import { discoverFaces, type DiscoverOptions, type DiscoveredFaces } from './discover';
import { sharedFaceCache, type FaceCache, type LoadedFace } from './face';
import { FONT_ROLES, ROLE_NAMES, ROLE_STYLE, type FontFileRef, type FontRole } from './roles';
import type { FaceSource, FontReportRow } from './roles';
import { shippedFacePath, type ShippedFace } from './shipped';

export interface FontOptions {
  /** Files the user chose in 设置, by role: they win over what the machine has. */
  files?: Partial<Record<FontRole, FontFileRef>>;
  /** How to look for the official faces; `false` skips the machine and uses the shipped faces. */
  discover?: DiscoverOptions | false;
  /** Folders holding the shipped faces (`<resources>/fonts` in a packed app). */
  shippedDirs?: readonly string[];
  /** More faces, tried last for characters no other face has. */
  fallbackFiles?: readonly FontFileRef[];
  cache?: FaceCache;
}

export type { FaceSource, FontReportRow };

export interface RoleFace {
  face: LoadedFace;
  /** The face bold text of this role uses; `syntheticBold` when it is the regular face thickened. */
  bold: LoadedFace;
  syntheticBold: boolean;
  source: FaceSource;
}

export interface PickedFace {
  face: LoadedFace;
  syntheticBold: boolean;
}

/**
 * The faces of one build: a face per role, then, per role, the chain of faces tried for a
 * character that face lacks (installed faces of the role's style, the shipped face of its style,
 * then the others).
 */
export class FontSet {
  private readonly picks = new Map<string, Map<number, PickedFace | null>>();

  constructor(
    readonly roles: Readonly<Record<FontRole, RoleFace>>,
    readonly chains: Readonly<Record<FontRole, readonly LoadedFace[]>>,
    /** Plain-Chinese notes for the user, e.g. a font file from 设置 that could not be read. */
    readonly problems: readonly string[],
  ) {}

  /** The face that draws `codePoint` in `role`, or null when no face has it. */
  pick(codePoint: number, role: FontRole, bold: boolean): PickedFace | null {
    const key = `${role}${bold ? '+b' : ''}`;
    let cache = this.picks.get(key);
    if (!cache) this.picks.set(key, (cache = new Map()));
    const known = cache.get(codePoint);
    if (known !== undefined) return known;
    const r = this.roles[role];
    const own = bold ? r.bold : r.face;
    let picked: PickedFace | null = null;
    if (own.has(codePoint)) picked = { face: own, syntheticBold: bold && r.syntheticBold };
    else {
      const other = this.chains[role].find((f) => f.has(codePoint));
      // A fallback for a bold face (小标宋, bold runs) is thickened to match it.
      if (other) picked = { face: other, syntheticBold: (bold || own.isBold) && !other.isBold };
    }
    cache.set(codePoint, picked);
    return picked;
  }

  report(): FontReportRow[] {
    return FONT_ROLES.map((role) => {
      const r = this.roles[role];
      return { role, name: ROLE_NAMES[role], path: r.face.file.path, source: r.source };
    });
  }
}

/** Which shipped face stands in for a role, and for its bold. */
export const SHIPPED_FOR: Record<FontRole, { face: ShippedFace; bold: ShippedFace | null }> = {
  fangsong: { face: 'serif', bold: 'serifBold' },
  songti: { face: 'serif', bold: 'serifBold' },
  kaiti: { face: 'serif', bold: 'serifBold' },
  xiaobiaosong: { face: 'serifBold', bold: 'serifBold' },
  heiti: { face: 'sans', bold: null },
};

let discovered: DiscoveredFaces | undefined;

export async function loadFontSet(options: FontOptions = {}): Promise<FontSet> {
  const cache = options.cache ?? sharedFaceCache;
  const problems: string[] = [];
  const found =
    options.discover === false
      ? { roles: {}, extensions: [] }
      : options.discover
        ? discoverFaces(options.discover)
        : (discovered ??= discoverFaces());
  const shipped = new Map<ShippedFace, LoadedFace>();
  const loadShipped = async (which: ShippedFace): Promise<LoadedFace> => {
    const known = shipped.get(which);
    if (known) return known;
    const path = shippedFacePath(which, options.shippedDirs ?? []);
    if (!path) throw new Error('找不到随软件提供的中文字体（resources/fonts），请重新安装本软件');
    const face = await cache.load({ path });
    shipped.set(which, face);
    return face;
  };
  const tryLoad = async (file: FontFileRef | undefined, what: string) => {
    if (!file) return undefined;
    try {
      return await cache.load(file);
    } catch {
      problems.push(`${what}“${file.path}”无法读取，已改用其他字体`);
      return undefined;
    }
  };

  const roles = {} as Record<FontRole, RoleFace>;
  for (const role of FONT_ROLES) {
    const chosen = await tryLoad(options.files?.[role], `设置的${ROLE_NAMES[role]}字体文件`);
    const system = chosen ? undefined : await tryLoad(found.roles[role], '系统字体文件');
    const own = chosen ?? system;
    if (own) {
      roles[role] = {
        face: own,
        bold: own,
        syntheticBold: !own.isBold,
        source: chosen ? 'settings' : 'system',
      };
      continue;
    }
    const stand = SHIPPED_FOR[role];
    const face = await loadShipped(stand.face);
    const bold = stand.bold ? await loadShipped(stand.bold) : face;
    roles[role] = { face, bold, syntheticBold: !bold.isBold, source: 'shipped' };
  }
  const installed: { face: LoadedFace; style: string }[] = [];
  for (const file of found.extensions) {
    const face = await tryLoad(file, '补充字体文件');
    if (face) installed.push({ face, style: file.style });
  }
  const shippedFaces = [
    { face: await loadShipped('serif'), style: 'serif' },
    { face: await loadShipped('sans'), style: 'sans' },
  ];
  const chosen: LoadedFace[] = [];
  for (const file of options.fallbackFiles ?? []) {
    const face = await tryLoad(file, '补充字体文件');
    if (face) chosen.push(face);
  }
  const chains = {} as Record<FontRole, LoadedFace[]>;
  for (const role of FONT_ROLES) {
    const style = ROLE_STYLE[role];
    const ordered = [
      ...installed.filter((f) => f.style === style),
      ...shippedFaces.filter((f) => f.style === style),
      ...installed.filter((f) => f.style !== style),
      ...shippedFaces.filter((f) => f.style !== style),
    ].map((f) => f.face);
    chains[role] = [...ordered, ...chosen];
  }
  return new FontSet(roles, chains, problems);
}
