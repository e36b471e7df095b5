// Where the shipped font faces are, for both shells: `<resources>/fonts` when packed.
import { join } from 'node:path';

/**
 * Where the shipped faces are (plain Node, shared by both shells): `<resources>/fonts` in a
 * packed app (electron-builder's extraResources), `resources/fonts` of the checkout after
 * `npm run fonts`; the engine falls back to node_modules in development.
 */
export function shippedFontDirs(): string[] {
  const packed = (process as { resourcesPath?: string }).resourcesPath;
  return [
    ...(packed ? [join(packed, 'fonts')] : []),
    join(import.meta.dirname, '../../resources/fonts'),
  ];
}
