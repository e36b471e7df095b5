// fontconfig setups for the office tests: one finding no fonts, one with only our shipped faces.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DOCX_FACES } from '../../electron/core/documents/docx/run-fonts';
import { SHIPPED_FOR } from '../../electron/core/documents/fonts/font-set';
import { FONT_ROLES, type FontRole } from '../../electron/core/documents/fonts/roles';
import { shippedFacePath, type ShippedFace } from '../../electron/core/documents/fonts/shipped';
import { run } from './tools';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function writeConf(dir: string, body: string): NodeJS.ProcessEnv {
  const conf = join(dir, 'fonts.conf');
  const cache = `<cachedir>${escape(join(dir, 'fc-cache'))}</cachedir>`;
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>${cache}${body}</fontconfig>\n`,
  );
  return { ...process.env, FONTCONFIG_FILE: conf, FONTCONFIG_PATH: dir };
}

/** A fontconfig setup that finds no fonts at all, so a renderer can use only embedded ones. */
export const noFontsEnv = (dir: string) => writeConf(dir, '');

function facePath(face: ShippedFace): string {
  const path = shippedFacePath(face, []);
  if (!path) throw new Error(`shipped face ${face} not installed`);
  return path;
}

/**
 * A fontconfig setup holding only the faces our PDF was built with, each answering to the name
 * the DOCX gives its role (FangSong → Noto Serif SC, SimHei → Noto Sans SC, 方正小标宋简体 → Noto
 * Serif SC Bold …). LibreOffice then lays our DOCX out with the PDF's faces, so a difference
 * in the pages is the writers', not a substitute face's (DejaVu digits are a third wider).
 */
export function shippedFacesEnv(
  dir: string,
  names: readonly Record<FontRole, string>[] = [DOCX_FACES],
): NodeJS.ProcessEnv {
  const faces = [...new Set(FONT_ROLES.map((r) => SHIPPED_FOR[r].face))];
  const described = new Map(
    faces.map((face) => {
      const path = facePath(face);
      const [family = '', weight = ''] = run('fc-scan', [
        '--format',
        '%{family[0]}|%{weight}',
        path,
      ])
        .stdout.trim()
        .split('|');
      return [face, { path, family, weight }] as const;
    }),
  );
  const dirs = [...new Set([...described.values()].map((d) => dirname(d.path)))];
  const rules = names.flatMap((name) => FONT_ROLES.map((role) => [role, name[role]] as const));
  const matches = rules.map(([role, docxName]) => {
    const face = described.get(SHIPPED_FOR[role].face);
    if (!face) return '';
    // Only a face that is bold itself (小标宋) forces the weight; other roles keep a run's bold.
    const weight =
      SHIPPED_FOR[role].face === SHIPPED_FOR[role].bold
        ? `<edit name="weight" mode="assign" binding="strong"><int>${face.weight}</int></edit>`
        : '';
    return (
      `<match target="pattern"><test name="family"><string>${escape(docxName)}</string></test>` +
      `<edit name="family" mode="assign" binding="strong"><string>${escape(face.family)}</string></edit>${weight}</match>`
    );
  });
  return writeConf(dir, dirs.map((d) => `<dir>${escape(d)}</dir>`).join('') + matches.join(''));
}
