// Finds the official faces on this machine: by file name in the font folders and through fc-list.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_FACES, FONT_ROLES, OFFICIAL_FACES } from './roles';
import type { FaceStyle, FontFileRef, FontRole, OfficialFace } from './roles';

export interface DiscoverOptions {
  /** Folders whose files are matched by name; default: the platform's font folders. */
  searchDirs?: readonly string[];
  /** Ask fontconfig (`fc-list`) too; default: on Linux only. */
  fontconfig?: boolean;
  platform?: NodeJS.Platform;
}

export interface DiscoveredFaces {
  roles: Partial<Record<FontRole, FontFileRef>>;
  /** Installed faces for characters the others lack, in the order they are tried. */
  extensions: (FontFileRef & { style: FaceStyle })[];
}

export function defaultFontDirs(platform: NodeJS.Platform = process.platform): string[] {
  const home = homedir();
  if (platform === 'win32') {
    const windir = process.env.WINDIR ?? 'C:\\Windows';
    const local = process.env.LOCALAPPDATA ?? join(home, 'AppData', 'Local');
    return [join(windir, 'Fonts'), join(local, 'Microsoft', 'Windows', 'Fonts')];
  }
  if (platform === 'darwin') {
    return [
      join(home, 'Library', 'Fonts'),
      '/Library/Fonts',
      '/System/Library/Fonts',
      '/System/Library/Fonts/Supplemental',
    ];
  }
  return [join(home, '.local', 'share', 'fonts'), join(home, '.fonts'), '/usr/local/share/fonts'];
}

/** Lower-case file name → path, over the given folders (first folder wins). */
function filesByName(dirs: readonly string[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const key = name.toLowerCase();
      if (!byName.has(key)) byName.set(key, join(dir, name));
    }
  }
  return byName;
}

interface FcEntry {
  path: string;
  families: string[];
  postscriptName: string;
}

function fontconfigEntries(): FcEntry[] {
  const run = spawnSync('fc-list', ['-f', '%{file}\t%{family}\t%{postscriptname}\n', ':lang=zh'], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (run.status !== 0 || typeof run.stdout !== 'string') return [];
  return run.stdout
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length === 3)
    .map(([path = '', families = '', postscriptName = '']) => ({
      path,
      families: families.split(',').map((f) => f.trim().toLowerCase()),
      postscriptName,
    }));
}

function findFace(
  wanted: readonly OfficialFace[],
  files: Map<string, string>,
  fc: () => FcEntry[],
): FontFileRef | undefined {
  for (const face of wanted) {
    for (const file of face.files) {
      const path = files.get(file);
      if (path)
        return face.postscriptName ? { path, postscriptName: face.postscriptName } : { path };
    }
  }
  for (const face of wanted) {
    const families = face.families.map((f) => f.toLowerCase());
    const hits = fc().filter((e) => e.families.some((f) => families.includes(f)));
    // A family lists its bold and light faces too: take the one named, else a regular weight.
    const hit =
      hits.find((e) => e.postscriptName === face.postscriptName) ??
      hits.find((e) => !/bold|black|heavy|light|thin|medium/i.test(e.postscriptName)) ??
      hits[0];
    if (hit) return { path: hit.path, postscriptName: hit.postscriptName };
  }
  return undefined;
}

/** Looks for the official faces (仿宋, 黑体, 楷体, 方正小标宋, 宋体) on this machine. */
export function discoverFaces(options: DiscoverOptions = {}): DiscoveredFaces {
  const platform = options.platform ?? process.platform;
  const files = filesByName(options.searchDirs ?? defaultFontDirs(platform));
  const useFc = options.fontconfig ?? platform === 'linux';
  let fcCache: FcEntry[] | undefined;
  const fc = () => (fcCache ??= useFc ? fontconfigEntries() : []);
  const roles: Partial<Record<FontRole, FontFileRef>> = {};
  for (const role of FONT_ROLES) {
    const found = findFace(OFFICIAL_FACES[role], files, fc);
    if (found) roles[role] = found;
  }
  const extensions = EXTENSION_FACES.flatMap((f) => {
    const found = findFace([f], files, fc);
    return found ? [{ ...found, style: f.style }] : [];
  });
  return { roles, extensions };
}
