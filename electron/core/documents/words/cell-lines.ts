// A table cell's lines, broken between words and measured in ems: both writers set these lines.
import { NO_LINE_END, NO_LINE_START } from './kinsoku';
import { Lexicon } from './lexicon';
import { wordBoundaries } from './segment';

/** Cell text: 12 pt with 4 pt of padding each side, in a block 156 mm wide (GB/T 9704). */
export const CELL_TEXT = { size: 12, padX: 4, blockWidth: (156 * 72) / 25.4 } as const;

/** Ems kept free at a line's end, so a full line never meets the cell's edge. */
const MARGIN = 0.05;

/** The ems a line of a column holds; a hair less, so a full line never meets the edge. */
export function cellEms(widthFraction: number): number {
  const inner = widthFraction * CELL_TEXT.blockWidth - 2 * CELL_TEXT.padX;
  return Math.max(1, inner / CELL_TEXT.size - MARGIN);
}

/**
 * Advances of printable ASCII (U+0020–U+007E) in thousandths of an em, as the faces give them: the
 * shipped serif (body cells) and the widest of serif, serif bold and sans (header and 合计 cells).
 * The official faces' Latin and digits are no wider (仿宋's digits are half an em). Exact, not
 * rounded up per character: a date's ten characters rounded up each came to more than the one
 * margin `cellEms` keeps, and "2026-09-24" broke in a 期限 cell it fits.
 */
const ASCII_BODY = [
  256, 308, 376, 574, 550, 923, 779, 196, 364, 364, 478, 580, 327, 346, 327, 352, 557, 471, 558,
  557, 555, 558, 558, 549, 558, 562, 327, 327, 580, 580, 580, 432, 912, 718, 670, 691, 770, 652,
  629, 741, 853, 405, 403, 731, 625, 975, 796, 767, 641, 767, 715, 567, 659, 797, 714, 1053, 700,
  687, 605, 344, 352, 344, 580, 563, 435, 557, 638, 538, 629, 547, 388, 566, 663, 332, 311, 607,
  334, 974, 661, 596, 638, 607, 462, 473, 367, 653, 548, 838, 564, 552, 498, 374, 316, 374, 580,
];
const ASCII_ANY = [
  256, 355, 518, 615, 589, 966, 803, 298, 400, 400, 485, 603, 335, 370, 335, 400, 593, 570, 594,
  593, 593, 594, 594, 588, 594, 596, 335, 335, 603, 603, 603, 492, 972, 746, 708, 702, 789, 666,
  648, 757, 864, 426, 549, 767, 642, 1001, 815, 785, 673, 785, 751, 608, 695, 818, 734, 1091, 726,
  701, 627, 372, 400, 372, 603, 593, 615, 585, 672, 565, 658, 572, 402, 596, 687, 349, 335, 651,
  355, 1008, 685, 623, 671, 640, 500, 499, 396, 678, 578, 874, 599, 582, 517, 380, 338, 380, 603,
];

/** A character's width in ems: Chinese and everything else outside ASCII a full em. */
const emsOf =
  (table: readonly number[]) =>
  (ch: string): number => {
    const code = ch.codePointAt(0) ?? 0;
    return code >= 0x20 && code < 0x7f ? (table[code - 0x20] ?? 1000) / 1000 : 1;
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

const DIGIT = /\p{Nd}/u;
const HAN = /\p{Script=Han}/u;
const DASHES = new Set([...'-—–~～/']);
const SEPARATORS = new Set([...',.:，：']);

/**
 * Inside a word too wide for its line, the least bad places to break it, the higher the better:
 * 3 after a dash, slash or space, or before a number (`2026-|09-24`, `08:30—|09:45`,
 * `2025年|12月`); 2 between a number and its unit (`1,234.56|亿元`); 1 after a thousands comma
 * (`150,|000.00`); 0 elsewhere, so never between a number's digits.
 */
function seamAt(chars: readonly string[], j: number): number {
  const prev = chars[j - 1] ?? '';
  const cur = chars[j] ?? '';
  if (DASHES.has(prev) || prev === ' ') return 3;
  if (prev === ',') return 1;
  if (DASHES.has(cur) || SEPARATORS.has(cur) || SEPARATORS.has(prev) || cur === ' ') return 0;
  if (DIGIT.test(prev) === DIGIT.test(cur)) return 0;
  return DIGIT.test(cur) ? 3 : 2;
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
  // Where a name too wide for the line may break, and how well: 清水县|工业园区|管委会.
  const rank = innerSeams(chars, bounds, lexicon ?? new Lexicon());
  const before = [0];
  for (const c of chars) before.push((before[before.length - 1] ?? 0) + ems(c));
  const kinsokuOk = (i: number) =>
    !NO_LINE_START.has(chars[i] ?? '') && !NO_LINE_END.has(chars[i - 1] ?? '');
  const lines: string[] = [];
  let start = 0;
  let width = 0;
  // The last place this line may end: between words; between words against kinsoku (better a 。
  // at a line's start than a figure split); at the best seam inside a word; anywhere kinsoku
  // allows.
  let lastWord = -1;
  let lastLoose = -1;
  // 张家川县|工业园区, 弘信电子|集团: a name wider than the line breaks between its own words.
  let inner: number[] = [];
  const lastSeam = [-1, -1, -1, -1];
  let lastChar = -1;
  const note = (j: number) => {
    if (bounds[j]) lastLoose = j;
    else lastSeam[seamAt(chars, j)] = j;
    if (!kinsokuOk(j)) return;
    lastChar = j;
    if (bounds[j]) lastWord = j;
    else if ((rank[j] ?? 0) > 0) inner.push(j);
  };
  for (let i = 0; i < chars.length; i += 1) {
    if (i > start) note(i);
    width += ems(chars[i] ?? '');
    // A space the line ends with is trimmed, so it never overflows.
    if (width <= maxEms || i === start || chars[i] === ' ') continue;
    // One word filling the line may take the margin's first half rather than be split.
    if (lastLoose <= start && width <= maxEms + MARGIN / 2) continue;
    const seam = [3, 2, 1].map((k) => lastSeam[k] ?? -1).find((j) => j > start);
    const inWord = seam ?? (lastChar > start ? lastChar : i);
    // A break against kinsoku that would leave only punctuation on the line (a lone "（") is
    // worse than a seam inside a word.
    const looseOk =
      lastLoose > start &&
      (seam === undefined ||
        chars.slice(start, lastLoose).some((c) => !NO_LINE_END.has(c) && !NO_LINE_START.has(c)));
    // …the best of them, never leaving one character alone (市|自然资源局).
    const inName = bestSeam(
      inner,
      start,
      bounds,
      rank,
      (j) => (before[j] ?? 0) - (before[start] ?? 0) >= maxEms / 3,
    );
    const cut = lastWord > start ? lastWord : (inName ?? (looseOk ? lastLoose : inWord));
    lines.push(chars.slice(start, cut).join('').trimEnd());
    start = cut;
    while (chars[start] === ' ' && start < i) start += 1;
    width = chars.slice(start, i + 1).reduce((s, c) => s + ems(c), 0);
    lastWord = -1;
    lastLoose = -1;
    inner = [];
    lastSeam.fill(-1);
    lastChar = -1;
    for (let j = start + 1; j <= i; j += 1) note(j);
  }
  lines.push(chars.slice(start).join(''));
  return lines.filter((l, n) => l !== '' || n === 0);
}

/** Single characters that close a place name: 清水县|工业园区, 秦州区|… */
const PLACE_ENDS = new Set([...'省市县区镇乡']);

/**
 * Inside the words of `bounds`, the places a name too wide for its line may break, the higher the
 * better: 3 at the edge of a shorter name of the lexicon inside it or after a place (清水县|工业园区
 * |管委会); 2 between ICU's words (and the domain's), outside any such inner name; 1 between ICU's
 * words inside one; 0 elsewhere (inside an ICU word, a figure or a domain term).
 */
function innerSeams(chars: readonly string[], bounds: Uint8Array, lexicon: Lexicon): Uint8Array {
  const n = chars.length;
  const parts = wordBoundaries(chars.join(''));
  const rank = new Uint8Array(n + 1);
  const inside = new Uint8Array(n + 1);
  const edges = new Uint8Array(n + 1);
  const wordAt = (a: number, b: number) => {
    for (let k = a + 1; k < b; k += 1) if (bounds[k]) return false;
    return bounds[a] === 1 && bounds[b] === 1;
  };
  for (let a = 0; a < n; a += 1) {
    for (const len of lexicon.matchesAt(chars, a)) {
      if (wordAt(a, a + len)) continue;
      edges[a] = 1;
      edges[a + len] = 1;
      for (let k = a + 1; k < a + len; k += 1) inside[k] = 1;
    }
  }
  const han = (c: string | undefined) => HAN.test(c ?? '');
  for (let j = 1; j < n; j += 1) {
    if (bounds[j] || !(han(chars[j - 1]) || han(chars[j]))) continue;
    const place = parts[j] === 1 && PLACE_ENDS.has(chars[j - 1] ?? '');
    if (edges[j] || place) rank[j] = 3;
    else if (parts[j]) rank[j] = inside[j] ? 1 : 2;
  }
  return rank;
}

/**
 * Of a line's seams inside a name, the best ranked (the latest of those) among the ones that fill
 * at least a third of the line; none that leaves one character alone on either side.
 */
function bestSeam(
  seams: readonly number[],
  start: number,
  bounds: Uint8Array,
  rank: Uint8Array,
  fullEnough: (j: number) => boolean,
): number | undefined {
  const wordEnd = (j: number) => {
    let k = j + 1;
    while (k < bounds.length - 1 && !bounds[k]) k += 1;
    return k;
  };
  const ok = seams.filter((j) => j > start + 1 && wordEnd(j) - j > 1);
  const full = ok.filter(fullEnough);
  const pool = full.length > 0 ? full : ok;
  let best: number | undefined;
  for (const j of pool) if (best === undefined || (rank[j] ?? 0) >= (rank[best] ?? 0)) best = j;
  return best;
}
