// The naive search a developer would write first (lowercased texts scanned per query), for comparison.
import {
  nameReading,
  pinyinQuery,
  spells,
  type Reading,
} from '../../electron/core/services/search/pinyin-keys';
import {
  SEARCHED,
  textsOf,
  type RecordTexts,
  type StoreReader,
} from '../../electron/core/services/search/record-texts';
import { fold, foldQuery } from '../../electron/core/services/search/text';

interface PlainRecord {
  texts: RecordTexts;
  name: string;
  /** Every other part, folded and joined. */
  text: string;
  /** The name in pinyin. */
  reading: Reading;
}

/**
 * What a developer would write first: a lowercase text per record, precomputed, and every
 * query a scan of all of them (same parts, same ranking tiers, pinyin read as the index reads it).
 */
export function buildPlainScan(store: StoreReader): PlainRecord[] {
  const records: PlainRecord[] = [];
  for (const collection of SEARCHED) {
    for (const { id } of store.scan(collection)) {
      const texts = textsOf(store, collection, id);
      if (!texts) continue;
      records.push({
        texts,
        name: fold(texts.title),
        text: texts.fields.map((f) => fold(f.text)).join('\n'),
        reading: nameReading(texts.title),
      });
    }
  }
  return records;
}

export function plainQuery(records: readonly PlainRecord[], text: string, limit: number): string[] {
  const q = foldQuery(text);
  if (!q) return [];
  const spelled = pinyinQuery(q);
  const tiers: string[][] = [[], [], [], [], []];
  const add = (tier: number, id: string) => {
    const list = tiers[tier];
    if (list && list.length < limit) list.push(id);
  };
  for (const r of records) {
    const at = r.name.indexOf(q);
    if (at === 0) add(r.name.length === q.length ? 0 : 1, r.texts.id);
    else if (at > 0) add(2, r.texts.id);
    else if (spelled && spelled.length >= 2 && spells(spelled, r.reading)) add(3, r.texts.id);
    else if (q.length >= 2 && r.text.includes(q)) add(4, r.texts.id);
  }
  return tiers.flat().slice(0, limit);
}
