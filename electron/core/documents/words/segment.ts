// Word boundaries in Chinese text for line breaking: ICU's dictionary plus names, suffixes and figures.
import { Lexicon } from './lexicon';

/**
 * Where words begin in Chinese text, for line breaking: ICU's word dictionary
 * (`Intl.Segmenter`), corrected by the app's lexicon (names, places, units of the workspace, the
 * domain's terms) and by figures with their units, which are one word (`150,000 万元`, `2万台`,
 * `08:30—09:45`, `2025年3月1日`).
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const HAN = /^\p{Script=Han}$/u;

/** Single characters that end the word before them: 县, 局, 会 in 张家川县, 资源局, 管委会. */
const SUFFIXES = new Set([...'省市县区镇乡村局委会厅办院所站处科室包台录团']);

/** Common surnames: 王|小明 alone in a cell is one name. */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
]);

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const UNIT = String.raw`(?:[万亿千百]?(?:元|台|人|个|家|亩|吨|户|项|次|辆|套|件|名|座|栋|条|批|平方米|平方公里|公里|米|千瓦时|千瓦|兆瓦|GW|MW|kW)|万|亿|%|‰|倍|年|月|日|时|分)`;
/** Figures that are one word: dates, time ranges, numbers with their units if they have any. */
const FIGURES = new RegExp(
  [
    String.raw`\d{4}年\d{1,2}月(?:\d{1,2}日)?`,
    String.raw`\d{1,2}月\d{1,2}日`,
    String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}`,
    String.raw`\d{1,2}:\d{2}\s?[—–~～-]{1,2}\s?\d{1,2}:\d{2}`,
    String.raw`${NUMBER}(?:\s?${UNIT})*`,
  ].join('|'),
  'gu',
);

/** UTF-16 offset → code point index, for a string's match positions. */
function codePointIndex(text: string): Int32Array {
  const at = new Int32Array(text.length + 1);
  let cp = 0;
  for (let u = 0; u < text.length;) {
    const step = (text.codePointAt(u) ?? 0) > 0xffff ? 2 : 1;
    for (let k = 0; k < step; k += 1) at[u + k] = cp;
    u += step;
    cp += 1;
  }
  at[text.length] = cp;
  return at;
}

/**
 * `bounds[i] === 1` when a word boundary lies before code point `i` (and at 0 and the end): a
 * line may break there as far as words go.
 */
export function wordBoundaries(text: string, lexicon: Lexicon = new Lexicon()): Uint8Array {
  const chars = [...text];
  const cp = codePointIndex(text);
  const bounds = new Uint8Array(chars.length + 1);
  const segments: [number, number][] = [];
  for (const s of segmenter.segment(text)) {
    const start = cp[s.index] ?? 0;
    const end = cp[s.index + s.segment.length] ?? chars.length;
    segments.push([start, end]);
  }
  const single = (k: number) => {
    const s = segments[k];
    return s !== undefined && s[1] - s[0] === 1 && HAN.test(chars[s[0]] ?? '');
  };
  segments.forEach(([start], k) => {
    bounds[start] = 1;
    // 政策|包, 资源|局: a lone suffix belongs to the word before it.
    if (k > 0 && single(k) && SUFFIXES.has(chars[start] ?? '') && HAN.test(chars[start - 1] ?? ''))
      bounds[start] = 0;
  });
  // 何|晓|东 alone: a run of two or three lone characters between words is taken as a name.
  for (let k = 0; k < segments.length;) {
    let j = k;
    while (single(j)) j += 1;
    const run = j - k;
    const join = (from: number, to: number) => {
      for (let m = from + 1; m < to; m += 1) bounds[segments[m]?.[0] ?? 0] = 0;
    };
    const surname = (m: number) => SURNAMES.has(chars[segments[m]?.[0] ?? -1] ?? '');
    if (run >= 2 && run <= 3) join(k, j);
    if (run > 3 || (run >= 2 && !surname(k))) {
      // 人|何|晓|东: a surname in a longer run starts a name of two or three characters.
      for (let m = k; m < j - 1; m += 1) {
        if (!surname(m)) continue;
        const end = Math.min(j, m + 3);
        join(m, end);
        if (m > k) bounds[segments[m]?.[0] ?? 0] = 1;
        m = end - 1;
      }
    }
    k = Math.max(j, k + 1);
  }
  // 王|小明 standing alone (a cell, a list of names): surname and given name are one word.
  segments.forEach(([start, end], k) => {
    const next = segments[k + 1];
    if (!single(k) || !SURNAMES.has(chars[start] ?? '') || !next) return;
    const given = next[1] - next[0];
    const after = chars[next[1]];
    const before = chars[start - 1];
    const alone = (c: string | undefined) => c === undefined || !HAN.test(c);
    if (given >= 1 && given <= 2 && alone(after) && alone(before)) bounds[end] = 0;
  });
  keepWhole(bounds, lexiconSpans(chars, lexicon));
  keepWhole(bounds, figureSpans(text, cp));
  bounds[0] = 1;
  bounds[chars.length] = 1;
  return bounds;
}

/** Lexicon words, longest match first from left to right. */
function lexiconSpans(chars: readonly string[], lexicon: Lexicon): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < chars.length;) {
    const n = lexicon.matchAt(chars, i);
    if (n > 0) {
      spans.push([i, i + n]);
      i += n;
    } else i += 1;
  }
  return spans;
}

function figureSpans(text: string, cp: Int32Array): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(FIGURES)) {
    const start = cp[m.index] ?? 0;
    spans.push([start, cp[m.index + m[0].length] ?? start]);
  }
  return spans;
}

/**
 * Body text breaks between any two characters, as Chinese is set, except inside a figure with its
 * unit, a date or a time range: `bounds[i] === 0` inside those.
 */
export function figureBoundaries(text: string): Uint8Array {
  const chars = [...text];
  const bounds = new Uint8Array(chars.length + 1).fill(1);
  keepWhole(bounds, figureSpans(text, codePointIndex(text)));
  return bounds;
}

/** A span is one word: boundaries at its edges, none inside. */
function keepWhole(bounds: Uint8Array, spans: readonly [number, number][]): void {
  for (const [start, end] of spans) {
    bounds[start] = 1;
    bounds[end] = 1;
    for (let i = start + 1; i < end; i += 1) bounds[i] = 0;
  }
}

/** The text cut into its words. */
export function words(text: string, lexicon?: Lexicon): string[] {
  const chars = [...text];
  const bounds = wordBoundaries(text, lexicon);
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i += 1) {
    if (bounds[i]) {
      out.push(chars.slice(start, i).join(''));
      start = i;
    }
  }
  return out;
}
