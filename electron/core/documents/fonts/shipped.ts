// The open faces the app ships (Noto, SIL OFL) and where to find each one on disk.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import SHIPPED_FILES from '../../../../resources/fonts/shipped-fonts.json';

/**
 * The open faces the app ships (SIL OFL 1.1), so a PDF always builds: Noto Serif SC stands in for
 * 仿宋, 宋体 and 楷体 (its bold for bold runs and 方正小标宋), Noto Sans SC Medium for 黑体.
 * resources/fonts/shipped-fonts.json lists them; in a packed app they sit in `<resources>/fonts`
 * (copied there by resources/fonts/copy-fonts.mjs), in development and tests in node_modules.
 */
export type ShippedFace = keyof typeof SHIPPED_FILES;

const fileName = (face: ShippedFace) => SHIPPED_FILES[face].file.split('/').pop() ?? '';

function fromNodeModules(face: ShippedFace): string | undefined {
  const { pkg, file } = SHIPPED_FILES[face];
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve(`${pkg}/package.json`)), file);
  } catch {
    return undefined;
  }
}

/** Where a shipped face is: the first of `dirs` that holds it, else node_modules. */
export function shippedFacePath(face: ShippedFace, dirs: readonly string[]): string | undefined {
  for (const dir of dirs) {
    const path = join(dir, fileName(face));
    if (existsSync(path)) return path;
  }
  const dev = fromNodeModules(face);
  return dev && existsSync(dev) ? dev : undefined;
}
