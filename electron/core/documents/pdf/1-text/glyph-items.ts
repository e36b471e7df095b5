// Characters as the layout sees them (face and advance), and the policy for characters no face has (〓).
import type { LoadedFace } from '../../fonts/face';
import type { FontSet } from '../../fonts/font-set';
import type { FontRole } from '../../fonts/roles';

/** What to do with a character no face can draw. */
export type MissingGlyphPolicy = 'stop' | 'replace';

/** 〓 (geta mark): the traditional stand-in for a character the type case lacks. */
export const REPLACEMENT = '〓';

/** Collects the characters no face could draw, in order of first appearance. */
export class MissingGlyphs {
  private readonly seen = new Set<string>();

  constructor(readonly policy: MissingGlyphPolicy) {}

  add(ch: string): void {
    this.seen.add(ch);
  }

  list(): string[] {
    return [...this.seen];
  }
}

export interface TextStyle {
  role: FontRole;
  bold: boolean;
  size: number;
}

/** One character as the layout sees it: the face that draws it and its advance in points. */
export interface GlyphItem {
  ch: string;
  face: LoadedFace | null;
  syntheticBold: boolean;
  size: number;
  width: number;
  /** A hard line break (`\n`): never drawn. */
  hard: boolean;
  space: boolean;
}

const SPACE = /^\s$/u;

/** Splits styled text into characters, each with the face that can draw it. */
export function glyphItems(
  runs: readonly { text: string; style: TextStyle }[],
  fonts: FontSet,
  missing: MissingGlyphs,
): GlyphItem[] {
  const items: GlyphItem[] = [];
  for (const { text, style } of runs) {
    for (const original of text) {
      if (original === '\n') {
        items.push({
          ch: '\n',
          face: null,
          syntheticBold: false,
          size: style.size,
          width: 0,
          hard: true,
          space: false,
        });
        continue;
      }
      let ch = original;
      let picked = fonts.pick(ch.codePointAt(0) ?? 0, style.role, style.bold);
      if (!picked) {
        missing.add(ch);
        if (missing.policy === 'replace') {
          ch = REPLACEMENT;
          picked = fonts.pick(ch.codePointAt(0) ?? 0, style.role, style.bold);
        }
      }
      const width = picked ? picked.face.advance(ch.codePointAt(0) ?? 0) * style.size : style.size;
      items.push({
        ch,
        face: picked?.face ?? null,
        syntheticBold: picked?.syntheticBold ?? false,
        size: style.size,
        width,
        hard: false,
        space: SPACE.test(ch),
      });
    }
  }
  return items;
}
