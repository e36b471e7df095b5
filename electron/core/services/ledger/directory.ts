// LedgerDirectory: people, groups and investors a ledger names, found by name or made new.
import type { Enterprise, Group, Person } from '../../model/records';
import {
  enterpriseDefaults,
  enterpriseSchema,
  groupDefaults,
  groupSchema,
  personDefaults,
  personSchema,
} from '../../model/records';
import type { z } from 'zod';
import type { GroupKind } from '../../model/enums';
import { parseRecord, stampNew } from '../record-edits';
import type { Session } from '../session';

/**
 * People, groups and investors named in a ledger: found by name in the workspace, or made new
 * (once per name) to be saved with the import's one commit.
 */
export class LedgerDirectory {
  readonly newPeople: Person[] = [];
  readonly newGroups: Group[] = [];
  readonly newEnterprises: Enterprise[] = [];
  /** Ids of the records made here, which the folio checks count as existing. */
  readonly pending = new Set<string>();
  readonly #people = new Map<string, string>();
  readonly #groups = new Map<string, string>();
  readonly #enterprises = new Map<string, string>();
  readonly #groupNames = new Map<string, string>();

  constructor(private readonly session: Session) {
    const store = session.store();
    for (const p of store.all('people'))
      if (!this.#people.has(p.name)) this.#people.set(p.name, p.id);
    for (const g of store.all('groups')) {
      if (!this.#groups.has(g.name)) this.#groups.set(g.name, g.id);
      this.#groupNames.set(g.id, g.name);
    }
    for (const e of store.all('enterprises')) {
      if (!this.#enterprises.has(e.name)) this.#enterprises.set(e.name, e.id);
    }
  }

  groupName(id: string): string {
    return this.#groupNames.get(id) ?? '';
  }

  person(name: string): string {
    const known = this.#people.get(name);
    if (known) return known;
    return this.#make(this.#people, this.newPeople, personSchema, { ...personDefaults, name });
  }

  group(name: string): string {
    const known = this.#groups.get(name);
    if (known) return known;
    const kind = this.#kindOf(name);
    const id = this.#make(this.#groups, this.newGroups, groupSchema, {
      ...groupDefaults,
      name,
      kind,
    });
    this.#groupNames.set(id, name);
    return id;
  }

  enterprise(name: string): string {
    const known = this.#enterprises.get(name);
    if (known) return known;
    const kind = /商会/.test(name) ? 'chamber' : 'private';
    const fields = { ...enterpriseDefaults, name, kind };
    return this.#make(this.#enterprises, this.newEnterprises, enterpriseSchema, fields);
  }

  #kindOf(name: string): GroupKind {
    const chains = this.session.store().meta.chains;
    if (chains.some((c) => name.includes(c)) || /产业链/.test(name)) return 'chain';
    if (/[县区]/.test(name)) return 'county';
    return 'project';
  }

  /** Makes a record of `fields` (checked by `schema`, stamped new), to be saved with the import. */
  #make<T extends { id: string; name: string }>(
    index: Map<string, string>,
    list: T[],
    schema: z.ZodType<T>,
    fields: object,
  ): string {
    const record = parseRecord(schema, { ...fields, ...stampNew(this.session) });
    index.set(record.name, record.id);
    list.push(record);
    this.pending.add(record.id);
    return record.id;
  }
}
