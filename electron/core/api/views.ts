import type { Enterprise, Folio, Group, Person } from '../model/records';
import type { WorkspaceMeta } from '../model/workspace';
import type { BackupInfo, StoreProblem } from '../store/types';

/** What the app shows first: a ready workspace, or why the data folder could not be opened. */
export type WorkspaceStatus =
  | {
      state: 'ready';
      meta: WorkspaceMeta;
      dataDir: string;
      counts: { groups: number; folios: number; enterprises: number; people: number };
      /** True when the workspace has no records: the app offers the demo workspace. */
      empty: boolean;
    }
  | { state: 'problem'; dataDir: string; problem: StoreProblem };

export interface GroupSummary extends Group {
  folioCount: number;
  /** 万元 */
  totalInvestment: number;
  /** 万元 */
  fundsInPlace: number;
  headName: string;
}

export interface FolioSummary {
  id: string;
  rev: number;
  name: string;
  groupId: string;
  groupName: string;
  enterpriseName: string;
  chain: string;
  location: string;
  stage: Folio['stage'];
  totalInvestment: number;
  fundsInPlace: number;
  leaderName: string;
  stewardName: string;
  updatedAt: string;
}

export interface GroupDetail {
  group: Group;
  head: Person | null;
  members: Person[];
  folios: FolioSummary[];
}

export interface FolioDetail {
  folio: Folio;
  group: Group;
  enterprise: Enterprise | null;
  leader: Person | null;
  steward: Person | null;
}

export type { BackupInfo, Enterprise, Folio, Group, Person, StoreProblem, WorkspaceMeta };
