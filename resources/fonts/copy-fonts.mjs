/*
 * Copies the faces the PDF writer ships (listed in shipped-fonts.json) from node_modules into
 * this folder, with their licence, so electron-builder's extraResources carries them to
 * <resources>/fonts. Each npm package holds every weight (~100 MB); only these three are used.
 * Run before packing: `npm run fonts`.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const faces = JSON.parse(await readFile(join(here, 'shipped-fonts.json'), 'utf8'));

for (const { pkg, file } of Object.values(faces)) {
  const root = dirname(require.resolve(`${pkg}/package.json`));
  await copyFile(join(root, file), join(here, basename(file)));
  // SIL Open Font License 1.1, with each family's copyright line.
  await copyFile(join(root, 'LICENSE_FONT'), join(here, `OFL-${basename(pkg)}.txt`));
  console.log(`fonts: ${basename(file)}`);
}
