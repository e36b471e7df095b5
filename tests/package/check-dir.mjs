// @ts-check
/**
 * The packed app, checked without a real Electron: electron-builder's Linux `dir` target against
 * a stand-in Electron distribution (a shell script and a `version` file), then
 *   - app.asar: out/ present; no tests, sources, source maps or node_modules; under the budget;
 *   - resources/: the shipped font faces (shipped-fonts.json) with their licences, the demo;
 *   - the fuse hook ran and skipped the stand-in with a notice;
 *   - the packed main bundle, extracted, still starts and passes the smoke test under the smoke
 *     test's stand-in `electron`, with its fonts taken from the packed resources/.
 *
 *   npm run build && npm run fonts && npm run test:package      (SMOKE_JSON / PACKAGE_JSON for CI)
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import asar from '@electron/asar';

const ROOT = resolve(import.meta.dirname, '../..');
const ASAR_BUDGET = 25 * 1024 * 1024;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const electronVersion = JSON.parse(
  readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8'),
).version;

/** @type {{ label: string, ok: boolean, detail?: string }[]} */
const results = [];
/** @param {string} label @param {boolean} ok @param {unknown} [detail] */
function check(label, ok, detail) {
  results.push({ label, ok, detail: ok || detail === undefined ? undefined : String(detail) });
  console.log(
    `  ${ok ? '✓' : '✗'} ${label}${ok || detail === undefined ? '' : `\n      ${String(detail)}`}`,
  );
}

function finish() {
  const failed = results.filter((r) => !r.ok).length;
  const passed = results.length - failed;
  console.log(`package: ${passed} passed, ${failed} failed`);
  if (process.env.PACKAGE_JSON) {
    writeFileSync(process.env.PACKAGE_JSON, JSON.stringify({ passed, failed }));
  }
  rmSync(work, { recursive: true, force: true });
  process.exit(failed > 0 ? 1 : 0);
}

const work = mkdtempSync(join(tmpdir(), 'dossier-package-'));

if (!existsSync(join(ROOT, 'out/main/index.js'))) {
  check('out/ is built (npm run build)', false, 'out/main/index.js is missing');
  finish();
}

// A stand-in Electron distribution: electron-builder copies it and renames `electron`.
const standIn = join(work, 'electron-dist');
spawnSync('mkdir', ['-p', standIn]);
writeFileSync(join(standIn, 'electron'), '#!/bin/sh\necho "stand-in electron" >&2\nexit 1\n');
chmodSync(join(standIn, 'electron'), 0o755);
writeFileSync(join(standIn, 'version'), electronVersion);

const output = join(work, 'dist');
const started = Date.now();
const built = spawnSync(
  join(ROOT, 'node_modules/.bin/electron-builder'),
  [
    '--linux',
    'dir',
    `-c.electronDist=${standIn}`,
    `-c.electronVersion=${electronVersion}`,
    `-c.directories.output=${output}`,
  ],
  { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
);
const log = `${built.stdout}\n${built.stderr}`;
console.log(
  `electron-builder --linux dir: exit ${built.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
check('electron-builder --linux dir succeeds', built.status === 0, log.slice(-2000));
if (built.status !== 0) finish();

const unpacked = join(output, 'linux-unpacked');
const resources = join(unpacked, 'resources');
const asarPath = join(resources, 'app.asar');

// ── app.asar ───────────────────────────────────────────────────────────────────────────────
const files = asar.listPackage(asarPath, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
const size = statSync(asarPath).size;
console.log(`app.asar: ${(size / 1024 / 1024).toFixed(1)} MB, ${files.length} entries`);
for (const needed of [
  '/package.json',
  '/out/main/index.js',
  '/out/main/web.js',
  '/out/main/document-worker.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
]) {
  check(`app.asar holds ${needed}`, files.includes(needed));
}
/** @param {string} label @param {RegExp} pattern */
const none = (label, pattern) => {
  const found = files.filter((f) => pattern.test(f));
  check(`app.asar has no ${label}`, found.length === 0, found.slice(0, 5).join(', '));
};
none('node_modules', /\/node_modules(\/|$)/);
none('tests', /^\/tests(\/|$)|\.test\.[cm]?[jt]sx?$/);
none('TypeScript sources', /\.tsx?$/);
none('source folders (electron/, renderer/src)', /^\/(electron|renderer|scripts|resources)(\/|$)/);
none('source maps', /\.map$/);
const devNames = Object.keys(pkg.devDependencies ?? {});
const devHits = files.filter((f) => devNames.some((d) => f.includes(`/${d}/`)));
check('app.asar has no dev dependency', devHits.length === 0, devHits.slice(0, 5).join(', '));
const top = [...new Set(files.map((f) => f.split('/')[1]))].sort();
check(
  'app.asar holds only out/ and package.json',
  top.join(',') === 'out,package.json',
  top.join(','),
);
check(
  `app.asar is under ${ASAR_BUDGET / 1024 / 1024} MB`,
  size < ASAR_BUDGET,
  `${(size / 1024 / 1024).toFixed(1)} MB`,
);

// ── resources/ ─────────────────────────────────────────────────────────────────────────────
const faces = JSON.parse(readFileSync(join(ROOT, 'resources/fonts/shipped-fonts.json'), 'utf8'));
for (const { pkg: facePkg, file } of Object.values(faces)) {
  const path = join(resources, 'fonts', basename(file));
  check(
    `resources/fonts holds ${basename(file)}`,
    existsSync(path) && statSync(path).size > 1_000_000,
    existsSync(path) ? `${statSync(path).size} bytes` : 'missing: run `npm run fonts`',
  );
  check(
    `resources/fonts holds the licence of ${facePkg}`,
    existsSync(join(resources, 'fonts', `OFL-${basename(facePkg)}.txt`)),
  );
}
check(
  'resources/fonts holds no build script',
  !existsSync(join(resources, 'fonts', 'copy-fonts.mjs')),
);
check(
  'resources/demo holds the demo workspace',
  existsSync(join(resources, 'demo', 'demo-workspace.json')),
);

// ── fuses ──────────────────────────────────────────────────────────────────────────────────
check(
  'the fuse hook ran and skipped the stand-in binary',
  /fuses skipped: .*stand-in/.test(log),
  log.slice(-800),
);
check('the Linux executable is dossier-desk', existsSync(join(unpacked, 'dossier-desk')));

// ── the packed main bundle starts ─────────────────────────────────────────────────────────
const extracted = join(work, 'app');
asar.extractAll(asarPath, extracted);
const smoke = spawnSync(process.execPath, [join(ROOT, 'tests/smoke/main-bundle.mjs')], {
  cwd: work,
  encoding: 'utf8',
  env: { ...process.env, SMOKE_APP_ROOT: extracted, SMOKE_RESOURCES_PATH: resources },
});
const smokeTail = `${smoke.stdout}\n${smoke.stderr}`.trim().split('\n').slice(-12).join('\n');
console.log(smokeTail.replace(/^/gm, '    smoke │ '));
check(
  'the packed main bundle passes the smoke test under the stand-in electron',
  smoke.status === 0,
  smokeTail,
);

finish();
