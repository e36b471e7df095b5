// The workspace's names (people, enterprises, groups, folios) as a lexicon for a briefing's line breaks.
import type { Session } from '../session';

/** At most this many names go to a briefing's layout (a workspace is bounded; this is a guard). */
const MAX_NAMES = 20_000;

/**
 * The workspace's names — people, enterprises and their key people, groups, folios with their
 * places and responsible units, trips' delegations, hosts and places — that a briefing's titles
 * and table cells must not break inside (`Briefing.lexicon`).
 */
export function workspaceLexicon(session: Session): string[] {
  const store = session.store();
  const names: string[] = [];
  for (const p of store.all('people')) names.push(p.name, p.unit);
  for (const g of store.all('groups')) names.push(g.name);
  for (const e of store.all('enterprises')) {
    names.push(e.name, e.headquarters, ...e.keyPeople.map((k) => k.name));
  }
  for (const f of store.all('folios')) {
    names.push(f.name, f.location, f.responsibleUnit, ...f.contacts.map((c) => c.name));
  }
  for (const t of store.all('trips')) {
    names.push(...t.ourDelegation.map((m) => m.name), ...t.theirDelegation.map((m) => m.name));
    for (const h of t.hosts) names.push(h.name, h.unit);
    for (const d of t.days) for (const i of d.items) names.push(i.place);
  }
  return [...new Set(names.filter((n) => n !== ''))].slice(0, MAX_NAMES);
}
