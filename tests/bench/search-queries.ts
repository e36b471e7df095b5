// A fixed mix of about 200 queries an officer would type, for the search bench.
import { pinyin } from 'pinyin-pro';
import { DEFAULT_CHAINS } from '../../electron/core/model/enums';
import { readDemoFile } from '../helpers/demo-file';
import {
  COUNTIES,
  FIRM_WORDS,
  NAME_WORDS,
  PERSON_NAMES,
  SENTENCES,
} from '../helpers/fixture-words';

/** Deterministic slices of 2–4 characters out of `texts`, one per text, `count` in all. */
function words(texts: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const text = texts[(i * 7) % texts.length] ?? '';
    const len = 2 + (i % 3);
    const start = text.length > len ? (i * 13) % (text.length - len) : 0;
    return text.slice(start, start + len);
  }).filter((w) => w.trim().length >= 2);
}

const initials = (text: string) =>
  pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
const full = (text: string) => pinyin(text, { toneType: 'none', type: 'array' }).join('');

/**
 * A fixed mix of about 200 queries an officer would type: Chinese words from the demo
 * workspace and from the fixture's vocabulary (so most hit), pinyin initials and full pinyin
 * of names, Latin letters, single characters, and a few that match nothing.
 */
export function queryMix(): string[] {
  const demo = readDemoFile();
  const demoTexts = [
    ...demo.folios.map((f) => f.name),
    ...demo.enterprises.map((e) => e.name),
    ...demo.folios.flatMap((f) => (f.blockers ?? []).map((b) => b.problem)),
    ...demo.folios.flatMap((f) => (f.progress ?? []).map((p) => p.text)),
  ];
  const fixtureWords = [...NAME_WORDS, ...DEFAULT_CHAINS];
  const names = FIRM_WORDS.map((w, i) => `${w}${DEFAULT_CHAINS[i % DEFAULT_CHAINS.length] ?? ''}`);
  return [
    ...words(demoTexts, 50),
    ...demo.people.slice(0, 10).map((p) => p.name),
    ...fixtureWords.slice(0, 40),
    ...words(SENTENCES, 20),
    ...names.map(initials),
    ...PERSON_NAMES.map(initials),
    ...COUNTIES.map(initials),
    ...FIRM_WORDS.map(full),
    ...COUNTIES.map((c) => full(c).slice(0, 6)),
    ...['ai', 'AI', '5g', 'ic', 'led', 'gps', 'it', 'vr', 'ev', 'tianshui'],
    ...['天', '华', '曾', '王', '电', '园', '项', '链', '县', '局'],
    ...['麻辣烫', '火锅底料', 'xyzq', '量子计算', 'blockchain'],
  ];
}
