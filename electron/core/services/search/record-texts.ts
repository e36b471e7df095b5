// The searchable parts of each record kind (folio, group, enterprise, person), named for the hit.
import type { SearchHit } from '../../api/views';
import type { Enterprise, Folio, Group, Person } from '../../model/records';
import type { Store } from '../../store/types';

export type HitKind = SearchHit['kind'];

/** One searchable part of a record, with the plain-Chinese name of the part. */
export interface FieldText {
  label: string;
  text: string;
}

/** What the index keeps of one record: its name, and the other parts in the order they rank. */
export interface RecordTexts {
  kind: HitKind;
  id: string;
  title: string;
  nameLabel: string;
  fields: FieldText[];
}

/** The collections the search box covers, in the order they are indexed (and listed on a tie). */
export const SEARCHED = ['folios', 'groups', 'enterprises', 'people'] as const;
export type Searched = (typeof SEARCHED)[number];

/** What a record's hit is called, and what its name is called, by collection. */
const NAMED = {
  folios: { kind: 'folio', nameLabel: '项目名称' },
  groups: { kind: 'group', nameLabel: '专班名称' },
  enterprises: { kind: 'enterprise', nameLabel: '客商名称' },
  people: { kind: 'person', nameLabel: '姓名' },
} as const satisfies Record<Searched, { kind: HitKind; nameLabel: string }>;

/** A record's name as a hit shows it: what its other parts' texts are without the parts. */
export type RecordName = Omit<RecordTexts, 'fields'>;

function collect(parts: ReadonlyArray<readonly [string, ReadonlyArray<string>]>): FieldText[] {
  const fields: FieldText[] = [];
  for (const [label, texts] of parts) {
    for (const text of texts) if (text.trim()) fields.push({ label, text });
  }
  return fields;
}

/** A folio, its logs and blockers included; `enterpriseName` is its linked enterprise's. */
export function folioTexts(folio: Folio, enterpriseName: string | undefined): RecordTexts {
  return {
    ...NAMED.folios,
    id: folio.id,
    title: folio.name,
    fields: collect([
      ['客商', enterpriseName ? [enterpriseName] : []],
      ['项目地点', [folio.location]],
      ['产业链', [folio.chain]],
      ['标签', folio.tags],
      ['责任单位', [folio.responsibleUnit]],
      ['堵点', folio.blockers.map((b) => b.problem)],
      ['堵点解决情况', folio.blockers.map((b) => b.resolution)],
      ['需求侧清单', folio.demandItems.map((i) => i.text)],
      ['供给侧清单', folio.supplyItems.map((i) => i.text)],
      ['日晒进度', folio.progress.map((p) => p.text)],
      ['政策包', folio.policies.map((p) => p.content)],
      ['联系人', folio.contacts.flatMap((c) => [c.name, c.title])],
      ['备注', [folio.notes]],
    ]),
  };
}

export function groupTexts(group: Group): RecordTexts {
  return {
    ...NAMED.groups,
    id: group.id,
    title: group.name,
    fields: collect([
      ['产业链', [group.chain]],
      ['专班简介', [group.description]],
    ]),
  };
}

export function enterpriseTexts(enterprise: Enterprise): RecordTexts {
  return {
    ...NAMED.enterprises,
    id: enterprise.id,
    title: enterprise.name,
    fields: collect([
      ['关键人物', enterprise.keyPeople.flatMap((p) => [p.name, p.title])],
      ['总部所在地', [enterprise.headquarters]],
      ['客商简介', [enterprise.profile]],
    ]),
  };
}

export function personTexts(person: Person): RecordTexts {
  return {
    ...NAMED.people,
    id: person.id,
    title: person.name,
    fields: collect([
      ['职务', [person.title]],
      ['单位', [person.unit]],
    ]),
  };
}

/** All the index needs of the store. */
/**
 * What the index reads: records as stored, not frozen (it reads their texts and keeps none of
 * them; freezing every folio was a quarter of a background build at 100,000 folios).
 */
export type StoreReader = Pick<Store, 'peek' | 'scan' | 'loaded'>;

/** The searchable texts of a stored record, or undefined when it is gone. */
export function textsOf(
  store: StoreReader,
  collection: Searched,
  id: string,
): RecordTexts | undefined {
  switch (collection) {
    case 'groups': {
      const group = store.peek('groups', id);
      return group && groupTexts(group);
    }
    case 'enterprises': {
      const enterprise = store.peek('enterprises', id);
      return enterprise && enterpriseTexts(enterprise);
    }
    case 'people': {
      const person = store.peek('people', id);
      return person && personTexts(person);
    }
    case 'folios': {
      const folio = store.peek('folios', id);
      const enterprise = folio?.enterpriseId
        ? store.peek('enterprises', folio.enterpriseId)
        : undefined;
      return folio && folioTexts(folio, enterprise?.name);
    }
  }
}

/** The name of a stored record, without reading its other parts; undefined when it is gone. */
export function nameOf(
  store: StoreReader,
  collection: Searched,
  id: string,
): RecordName | undefined {
  const record = store.peek(collection, id);
  return record && { ...NAMED[collection], id, title: record.name };
}
