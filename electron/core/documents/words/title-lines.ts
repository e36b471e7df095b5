// Breaks a title into balanced lines between words, as GB/T 9704 asks, measured in ems.
import { NO_LINE_END, NO_LINE_START } from './kinsoku';
import type { Lexicon } from './lexicon';
import { wordBoundaries } from './segment';

/**
 * A title's lines (GB/T 9704, 7.3.3): broken only between words, in balanced lines that form a
 * trapezoid or a diamond, never one character alone on a line. Both writers set the title from
 * these lines (the PDF centres each, the DOCX puts a line break between them), so the title breaks
 * at the same points in both.
 */

/** The title block's measure in ems of the title face: 156 mm at 22 pt is 20.1 ems. */
export const TITLE_EMS = 20;

/** Width in ems as the title face sets it: Chinese full width, Latin and digits a bit over half. */
function ems(ch: string): number {
  return /^[\u0020-\u007e]$/u.test(ch) ? 0.6 : 1;
}

interface Candidate {
  /** Code point index the line break goes before. */
  at: number;
}

const MAX_LINES = 4;

export function titleLines(text: string, lexicon?: Lexicon, maxEms = TITLE_EMS): string[] {
  const chars = [...text];
  const prefix = [0];
  for (const ch of chars) prefix.push((prefix[prefix.length - 1] ?? 0) + ems(ch));
  const total = prefix[chars.length] ?? 0;
  if (total <= maxEms || chars.length < 4) return text ? [text] : [];
  const bounds = wordBoundaries(text, lexicon);
  const allowed = (i: number) =>
    !NO_LINE_START.has(chars[i] ?? '') &&
    !NO_LINE_END.has(chars[i - 1] ?? '') &&
    chars[i] !== ' ' &&
    chars[i - 1] !== ' ';
  const byWords: Candidate[] = [];
  const byChars: Candidate[] = [];
  for (let i = 2; i <= chars.length - 2; i += 1) {
    if (!allowed(i)) continue;
    byChars.push({ at: i });
    if (bounds[i]) byWords.push({ at: i });
  }
  const width = (a: number, b: number) => (prefix[b] ?? 0) - (prefix[a] ?? 0);
  const cuts = bestCuts(byWords, chars.length, width, maxEms) ??
    bestCuts(byChars, chars.length, width, maxEms) ?? [chars.length];
  const lines: string[] = [];
  let start = 0;
  for (const at of [...cuts, chars.length]) {
    if (at > start) lines.push(chars.slice(start, at).join('').trim());
    start = at;
  }
  return lines.filter((l) => l !== '');
}

/** The cut points giving the fewest, most even lines, or null when none fit. */
function bestCuts(
  candidates: readonly Candidate[],
  length: number,
  width: (a: number, b: number) => number,
  maxEms: number,
): number[] | null {
  const least = Math.ceil(width(0, length) / maxEms);
  for (let lines = Math.max(2, least); lines <= MAX_LINES; lines += 1) {
    let best: { cuts: number[]; cost: number } | null = null;
    const walk = (from: number, start: number, cuts: number[]) => {
      if (cuts.length === lines - 1) {
        if (width(start, length) > maxEms) return;
        const all = [...cuts, length];
        const widths = all.map((end, k) => width(k === 0 ? 0 : (all[k - 1] ?? 0), end));
        const cost = shapeCost(widths);
        if (!best || cost < best.cost) best = { cuts: [...cuts], cost };
        return;
      }
      for (let c = from; c < candidates.length; c += 1) {
        const at = candidates[c]?.at ?? 0;
        if (width(start, at) > maxEms) break;
        walk(c + 1, at, [...cuts, at]);
      }
    };
    walk(0, 0, []);
    const found = best as { cuts: number[]; cost: number } | null;
    if (found) return found.cuts;
  }
  return null;
}

/**
 * Lower is better: lines as even as they can be; a shape that is a trapezoid with the longer
 * line on top, or a diamond (the middle longest), is preferred to its reverse.
 */
function shapeCost(widths: readonly number[]): number {
  const spread = Math.max(...widths) - Math.min(...widths);
  const first = widths[0] ?? 0;
  const last = widths[widths.length - 1] ?? 0;
  const middle = Math.max(...widths.slice(1, -1), 0);
  const shaped = widths.length === 2 ? first >= last : middle >= first && middle >= last;
  return spread + (shaped ? 0 : 0.75);
}
