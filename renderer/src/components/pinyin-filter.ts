/** Person pickers match pinyin (wl → 王磊, wanglei, lei): the reading is loaded when first needed. */
import type { pinyin as PinyinFn } from 'pinyin-pro';

// Mirrors electron/core/services/search/pinyin-keys.ts (the renderer may not import core values):
// names read in normal and surname mode, ü as v and u, matched by initials or from a syllable.
let read: typeof PinyinFn | null = null;
let loading: Promise<void> | null = null;
const cache = new Map<string, { full: string; initials: string; starts: number[] }[]>();
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Loads pinyin-pro in its own chunk (it is large), once; matching works by text until then. */
export function loadPinyin(): Promise<void> {
  loading ??= import('pinyin-pro').then((m) => {
    read = m.pinyin;
  });
  return loading;
}

function spellings(name: string) {
  const known = cache.get(name);
  if (known || !read || !HAN.test(name)) return known ?? [];
  const reader = read;
  const readings = (['normal', 'surname'] as const).map((mode) =>
    reader(name, { toneType: 'none', type: 'array', v: true, mode })
      .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
      .filter((s) => s.length > 0),
  );
  for (const syllables of [...readings]) {
    if (syllables.some((s) => s.includes('v')))
      readings.push(syllables.map((s) => s.replaceAll('v', 'u')));
  }
  const out = readings.map((syllables) => {
    const starts: number[] = [];
    let at = 0;
    for (const s of syllables) {
      starts.push(at);
      at += s.length;
    }
    return {
      full: syllables.join(''),
      initials: syllables.map((s) => s.charAt(0)).join(''),
      starts,
    };
  });
  cache.set(name, out);
  return out;
}

/** Whether `input` finds `name`: as text, or as pinyin initials or syllables. */
export function matchesName(input: string, name: string): boolean {
  const query = input.trim().toLowerCase();
  if (!query) return true;
  if (name.toLowerCase().includes(query)) return true;
  const compact = query.replace(/[\s']/g, '');
  if (!/^[a-z0-9]+$/.test(compact)) return false;
  return spellings(name).some(
    (s) => s.initials.includes(compact) || s.starts.some((at) => s.full.startsWith(compact, at)),
  );
}

/** `filterOption` for a select whose options are labelled with people's names. */
export function filterByNameOrPinyin(input: string, option?: { label?: unknown }): boolean {
  return typeof option?.label === 'string' && matchesName(input, option.label);
}
