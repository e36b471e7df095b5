// The parts of a folio as the renderer sees them: list items stored and as sent, the update patch.
import type { Folio, InputOf } from '../../../api/contract-types';

/* The parts of a folio, as stored (with ids) and as sent (new items may come without one). */
export type ChecklistItem = Folio['demandItems'][number];
export type Blocker = Folio['blockers'][number];
export type BlockerStatus = Blocker['status'];
export type ProgressEntry = Folio['progress'][number];
export type PolicyItem = Folio['policies'][number];
export type Contact = Folio['contacts'][number];
export type AttachmentRef = Folio['attachments'][number];
export type HistoryEntry = Folio['history'][number];

/** What `folios.update` takes beside the id and rev. */
export type FolioPatch = Omit<InputOf<'folios.update'>, 'id' | 'rev'>;

/** A list item as sent: an edited item keeps its id, a new one has none yet. */
export type Draft<T extends { id: string }> = Omit<T, 'id'> & { id?: string };

/** The two checklists: 需求侧清单 and 要素保障供给侧清单. */
export type ChecklistField = 'demandItems' | 'supplyItems';
