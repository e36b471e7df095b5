// A table cell's lines, broken between words and measured in ems: both writers set these lines.
import { NO_LINE_END, NO_LINE_START } from './kinsoku';
import type { Lexicon } from './lexicon';
import { wordBoundaries } from './segment';

/** Cell text: 12 pt with 4 pt of padding each side, in a block 156 mm wide (GB/T 9704). */
export const CELL_TEXT = { size: 12, padX: 4, blockWidth: (156 * 72) / 25.4 } as const;

/** The ems a line of a column holds; a hair less, so a full line never meets the edge. */
export function cellEms(widthFraction: number): number {
  const inner = widthFraction * CELL_TEXT.blockWidth - 2 * CELL_TEXT.padX;
  return Math.max(1, inner / CELL_TEXT.size - 0.05);
}

/**
 * Advances of printable ASCII (U+0020–U+007E) in hundredths of an em, rounded up: in the shipped
 * serif (body cells) and the widest of serif, serif bold and sans (header and 合计 cells). The
 * official faces' Latin and digits are no wider (仿宋's digits are half an em).
 */
const ASCII_BODY = [
  26, 31, 38, 58, 56, 93, 78, 20, 37, 37, 48, 58, 33, 35, 33, 36, 56, 48, 56, 56, 56, 56, 56, 55,
  56, 57, 33, 33, 58, 58, 58, 44, 92, 72, 67, 70, 77, 66, 63, 75, 86, 41, 41, 74, 63, 98, 80, 77,
  65, 77, 72, 57, 66, 80, 72, 106, 70, 69, 61, 35, 36, 35, 58, 57, 44, 56, 64, 54, 63, 55, 39, 57,
  67, 34, 32, 61, 34, 98, 67, 60, 64, 61, 47, 48, 37, 66, 55, 84, 57, 56, 50, 38, 32, 38, 58,
];
const ASCII_ANY = [
  26, 36, 52, 62, 59, 97, 81, 30, 40, 40, 49, 61, 34, 37, 34, 40, 60, 57, 60, 60, 60, 60, 60, 59,
  60, 60, 34, 34, 61, 61, 61, 50, 98, 75, 71, 71, 79, 67, 65, 76, 87, 43, 55, 77, 65, 101, 82, 79,
  68, 79, 76, 61, 70, 82, 74, 110, 73, 71, 63, 38, 40, 38, 61, 60, 62, 59, 68, 57, 66, 58, 41, 60,
  69, 35, 34, 66, 36, 101, 69, 63, 68, 64, 50, 50, 40, 68, 58, 88, 60, 59, 52, 38, 34, 38, 61,
];

/** A character's width in ems: Chinese and everything else outside ASCII a full em. */
const emsOf =
  (table: readonly number[]) =>
  (ch: string): number => {
    const code = ch.codePointAt(0) ?? 0;
    return code >= 0x20 && code < 0x7f ? (table[code - 0x20] ?? 100) / 100 : 1;
  };

/**
 * A cell's text as lines of at most `maxEms`: broken only between words (names, figures with
 * their units, terms stay whole) and never before 。，） or after （ — unless that would split a
 * word; a word alone wider than the line is broken between characters. The PDF sets each line and the DOCX puts a line break
 * between them, so a row is as tall in Word as in the PDF. `plainBody` is false for header
 * and bold cells, which are measured in the widest face.
 */
export function cellLines(
  text: string,
  maxEms: number,
  lexicon?: Lexicon,
  plainBody = true,
): string[] {
  const ems = emsOf(plainBody ? ASCII_BODY : ASCII_ANY);
  return text.split('\n').flatMap((line) => breakLine(line, maxEms, ems, lexicon));
}

function breakLine(
  line: string,
  maxEms: number,
  ems: (ch: string) => number,
  lexicon?: Lexicon,
): string[] {
  const chars = [...line];
  if (chars.reduce((s, c) => s + ems(c), 0) <= maxEms) return [line];
  const bounds = wordBoundaries(line, lexicon);
  const kinsokuOk = (i: number) =>
    !NO_LINE_START.has(chars[i] ?? '') && !NO_LINE_END.has(chars[i - 1] ?? '');
  const lines: string[] = [];
  let start = 0;
  let width = 0;
  let lastWord = -1;
  let lastChar = -1;
  // A word boundary against kinsoku: better a 。 at a line's start than a figure split.
  let lastLoose = -1;
  for (let i = 0; i < chars.length; i += 1) {
    if (i > start && bounds[i]) lastLoose = i;
    if (i > start && kinsokuOk(i)) {
      lastChar = i;
      if (bounds[i]) lastWord = i;
    }
    width += ems(chars[i] ?? '');
    if (width <= maxEms || i === start) continue;
    const fallback = lastLoose > start ? lastLoose : lastChar > start ? lastChar : i;
    const cut = lastWord > start ? lastWord : fallback;
    lines.push(chars.slice(start, cut).join('').trimEnd());
    start = cut;
    while (chars[start] === ' ' && start < i) start += 1;
    width = chars.slice(start, i + 1).reduce((s, c) => s + ems(c), 0);
    lastWord = -1;
    lastChar = -1;
    lastLoose = -1;
    for (let j = start + 1; j <= i; j += 1) {
      if (bounds[j]) lastLoose = j;
      if (!kinsokuOk(j)) continue;
      lastChar = j;
      if (bounds[j]) lastWord = j;
    }
  }
  lines.push(chars.slice(start).join(''));
  return lines.filter((l, n) => l !== '' || n === 0);
}
