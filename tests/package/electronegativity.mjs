// @ts-check
/**
 * Electronegativity over the sources (electron/ and renderer/src), as an advisory report: it
 * never fails CI. HIGH and MEDIUM findings are listed with whether SECURITY.md explains them
 * (by check name); an unexplained one is printed loudly for a person to fix or explain.
 *
 *   node tests/package/electronegativity.mjs
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const electronVersion = JSON.parse(
  readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8'),
).version;
const security = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8');

/**
 * electronegativity's CSV report: quoted fields may hold commas, quotes ("") and newlines.
 * @param {string} text
 */
function rows(text) {
  /** @type {string[][]} */
  const out = [];
  /** @type {string[]} */
  let row = [];
  let cur = '';
  let quoted = false;
  const endField = () => {
    row.push(cur.trim());
    cur = '';
  };
  const endRow = () => {
    endField();
    if (row.some((f) => f !== '')) out.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch !== '\r') cur += ch;
  }
  endRow();
  return out;
}

// One scan over both source trees, so the scanner's global checks (navigation limits,
// permission handler, CSP) see the main process and the renderer together.
const work = mkdtempSync(join(tmpdir(), 'dossier-electronegativity-'));
const input = join(work, 'sources');
cpSync(join(ROOT, 'electron'), join(input, 'electron'), { recursive: true });
cpSync(join(ROOT, 'renderer/src'), join(input, 'renderer'), { recursive: true });
const csv = join(work, 'report.csv');
const run = spawnSync(
  join(ROOT, 'node_modules/.bin/electronegativity'),
  ['-i', input, '-e', electronVersion, '-r', '-v', 'false', '-o', csv],
  { cwd: work, encoding: 'utf8', timeout: 5 * 60_000 },
);
let text = '';
try {
  text = readFileSync(csv, 'utf8');
} catch {
  console.log(
    `electronegativity wrote no report (exit ${run.status}): ${String(run.stderr).slice(-400)}`,
  );
}
rmSync(work, { recursive: true, force: true });

const findings = rows(text)
  .slice(1)
  .map(([check = '', severity = '', , file = '', where = '', , about = '']) => ({
    check,
    severity,
    file,
    where,
    about,
  }));
console.log(
  `Electronegativity (Electron ${electronVersion}) over electron/ and renderer/src: ${findings.length} findings`,
);
let unexplained = 0;
for (const f of findings) {
  const serious = f.severity === 'HIGH' || f.severity === 'MEDIUM';
  const explained = security.includes(f.check);
  if (serious && !explained) unexplained += 1;
  const mark = !serious ? ' ' : explained ? '✓' : '!';
  console.log(
    `  ${mark} ${f.severity.padEnd(7)} ${f.check.padEnd(40)} ${f.file}:${f.where}  ${f.about}`,
  );
}
console.log(
  unexplained === 0
    ? 'every HIGH/MEDIUM finding is fixed or explained in SECURITY.md (✓)'
    : `ADVISORY: ${unexplained} HIGH/MEDIUM finding(s) (!) neither fixed nor explained in SECURITY.md`,
);
