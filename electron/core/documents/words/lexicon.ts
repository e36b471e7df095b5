/**
 * The words a line may not break inside, beyond what ICU's dictionary knows: the domain's terms
 * and, per briefing, the names in the workspace (people, places, enterprises, groups, units).
 */

/** Terms of investment promotion that ICU splits (政策|包) or does not know (专|班). */
export const DOMAIN_TERMS: readonly string[] = [
  '专班',
  '工作专班',
  '政策包',
  '月调度',
  '周调度',
  '工作周报',
  '考察团',
  '考察行程',
  '投资机会清单',
  '机会清单',
  '项目简报',
  '谈话要点',
  '企业简介',
  '会议材料',
  '备忘录',
  '管委会',
  '经开区',
  '高新区',
  '产业园',
  '工业园区',
  '产业园区',
  '招商局',
  '商务局',
  '发改委',
  '自然资源局',
  '生态环境局',
  '住建局',
  '市场监管局',
  '包抓领导',
  '项目管家',
  '责任单位',
  '产业链',
  '到位资金',
  '到位率',
  '总投资',
  '签约',
  '开工',
  '投产',
  '在谈',
  '落地',
  '要素保障',
  '营商环境',
  '新能源',
  '储能',
  '锂电池',
  '光伏',
  '商会',
  // ICU cuts 服务|器智造: the demo's folio names then broke as 算力服务|器.
  '服务器',
  '算力',
  '智算',
];

/** A set of words, matched longest first. */
export class Lexicon {
  private readonly words = new Set<string>();
  /** First character → the lengths (code points) of the words starting with it, longest first. */
  private readonly lengths = new Map<string, number[]>();

  constructor(words: Iterable<string> = []) {
    for (const w of DOMAIN_TERMS) this.add(w);
    for (const w of words) this.add(w);
  }

  /** Adds a word (trimmed; one character or over 20 is no word to keep whole). */
  add(word: string): void {
    const w = word.trim();
    const length = [...w].length;
    if (length < 2 || length > 20 || /\s/u.test(w)) return;
    if (this.words.has(w)) return;
    this.words.add(w);
    const first = [...w][0] ?? '';
    const known = this.lengths.get(first) ?? [];
    if (!known.includes(length)) {
      known.push(length);
      known.sort((a, b) => b - a);
    }
    this.lengths.set(first, known);
  }

  /** Lengths in code points of every word starting at `at`, longest first. */
  matchesAt(chars: readonly string[], at: number): number[] {
    return (this.lengths.get(chars[at] ?? '') ?? []).filter(
      (n) => at + n <= chars.length && this.words.has(chars.slice(at, at + n).join('')),
    );
  }

  /** Length in code points of the longest word starting at `at`, or 0. */
  matchAt(chars: readonly string[], at: number): number {
    for (const n of this.lengths.get(chars[at] ?? '') ?? []) {
      if (at + n <= chars.length && this.words.has(chars.slice(at, at + n).join(''))) return n;
    }
    return 0;
  }
}

/**
 * The names a briefing's words come from, cut where they hold several (`天水市张家川县`, `何晓东、
 * 马晓军`): what a workspace hands the layout.
 */
export function lexiconWords(names: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const name of names) {
    for (const part of name.split(/[\s,，、;；/()（）]+/u)) {
      if (part) out.add(part);
      // 天水市张家川县: the county alone is a word too.
      for (const m of part.matchAll(/[^省市县区镇乡]+?[省市县区镇乡]/gu)) out.add(m[0]);
    }
  }
  return [...out];
}
