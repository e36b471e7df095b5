// A person's page (people.get): the folios they lead and steward, their trips, their open items.
import type { Person } from '../model/records';
import type { FolioSummary, OpenBlocker, OverdueItem, TripSummary } from './views';

export interface PersonDetail {
  person: Person;
  /** Folios whose 包抓领导 they are. */
  leads: FolioSummary[];
  /** Folios whose 项目管家 they are. */
  stewards: FolioSummary[];
  /** Trips they are on (our delegation), newest first. */
  trips: TripSummary[];
  /** Overdue checklist items of the folios they lead or steward, oldest first. */
  overdueItems: OverdueItem[];
  /** Blockers of those folios not yet solved or closed, oldest first. */
  openBlockers: OpenBlocker[];
}
