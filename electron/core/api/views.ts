// The shapes the API returns to the renderer: workspace status, summaries, details, search hits.
import type { ExchangeScope } from './exchange-views';
import type { Enterprise, Folio, Group, Person } from '../model/records';
import type { WorkspaceMeta } from '../model/workspace';
import type { Trip } from '../model/trip';
import type { BackupInfo, StoreProblem } from '../store/types';
import type { CollectionName } from '../model/collections';
import type { FontFiles } from '../model/workspace';
import type { Generation } from '../model/generation';

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

/** Filters of the folio list; all optional, combined with AND. */
export interface FolioFilter {
  groupId?: string;
  chain?: string;
  stages?: Folio['stage'][];
  /** Matches inside the folio's location (county / district / park). */
  location?: string;
  leaderId?: string;
  /** 项目管家 */
  stewardId?: string;
  /** Only folios with at least one overdue open checklist item. */
  overdue?: boolean;
  /** Only folios with at least one blocker not yet solved or closed. */
  openBlockers?: boolean;
  /** Only folios whose newest progress entry is older than 14 days (or that have none). */
  stale?: boolean;
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
  tags: string[];
  /** Open checklist items past their due date (both lists). */
  overdueItems: number;
  /** Blockers still 待办 or 办理中. */
  openBlockers: number;
  /** Date of the newest progress entry, if any. */
  lastProgressOn: string | null;
}

/** Columns the folio list can be sorted by, in the core ('folios.page'). */
export const FOLIO_SORT_KEYS = [
  'name',
  'groupName',
  'chain',
  'location',
  'stage',
  'overdueItems',
  'openBlockers',
  'totalInvestment',
  'fundsInPlace',
  'leaderName',
  'enterpriseName',
  'updatedAt',
] as const;
export type FolioSortKey = (typeof FOLIO_SORT_KEYS)[number];

/** One page of the folio list, and what the whole filtered list adds up to. */
export interface FolioPage {
  /** Folios passing the filter and the text, on every page. */
  total: number;
  /** 万元, over every page. */
  totalInvestment: number;
  fundsInPlace: number;
  offset: number;
  rows: FolioSummary[];
  /** Every matching id in list order, when asked for (`withIds`); else null. */
  ids: string[] | null;
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

export interface EnterpriseDetail {
  enterprise: Enterprise;
  folios: FolioSummary[];
}

/** One hit of the search box: which record, and the text around the match. */
export interface SearchHit {
  kind: 'folio' | 'group' | 'enterprise' | 'person';
  id: string;
  /** The record's name. */
  title: string;
  /** Which part matched, e.g. 项目名称, 堵点, 日晒进度 (plain Chinese). */
  field: string;
  /** The matching text, shortened around the match. */
  snippet: string;
}

/**
 * What the search box gets: the hits, and whether they are all there are. Right after open,
 * while the index is still being built, a query answers from the part built so far
 * (`complete: false`); asked again a moment later, it answers in full.
 */
export interface SearchAnswer {
  hits: SearchHit[];
  complete: boolean;
}

export interface MoneyBucket {
  key: string;
  count: number;
  /** 万元 */
  totalInvestment: number;
  /** 万元 */
  fundsInPlace: number;
}

export interface OverdueItem {
  folioId: string;
  folioName: string;
  list: 'demand' | 'supply';
  itemId: string;
  text: string;
  owner: string;
  due: string;
}

export interface OpenBlocker {
  folioId: string;
  folioName: string;
  blockerId: string;
  problem: string;
  department: string;
  status: 'open' | 'inProgress';
  raisedOn: string;
}

export interface StaleFolio {
  folioId: string;
  folioName: string;
  stage: Folio['stage'];
  lastProgressOn: string | null;
}

/** How long each follow-up list is in all (DashboardStats carries only its first rows). */
export interface FollowUpCounts {
  overdueItems: number;
  /** Folios with at least one overdue item. */
  overdueFolios: number;
  openBlockers: number;
  /** Folios with at least one open blocker. */
  blockerFolios: number;
  staleFolios: number;
}

/** The follow-up lists of 工作台, by name. */
export type FollowUpListName = 'overdueItems' | 'openBlockers' | 'staleFolios';

/** Rows `offset …` of one follow-up list, in the dashboard's order, and its length in all. */
export type FollowUpPage = { total: number; offset: number } & (
  | { list: 'overdueItems'; rows: OverdueItem[] }
  | { list: 'openBlockers'; rows: OpenBlocker[] }
  | { list: 'staleFolios'; rows: StaleFolio[] }
);

/** 工作台: the numbers, each able to lead to the folios behind it. */
export interface DashboardStats {
  today: string;
  totals: MoneyBucket;
  byStage: MoneyBucket[];
  byChain: MoneyBucket[];
  /** The first rows of each follow-up list, oldest first ('dashboard.followUps' pages on). */
  overdueItems: OverdueItem[];
  openBlockers: OpenBlocker[];
  staleFolios: StaleFolio[];
  /** The full length of each list. */
  counts: FollowUpCounts;
}

export interface TrashItem {
  id: string;
  collection: 'folios' | 'groups' | 'enterprises' | 'people' | 'trips';
  label: string;
  deletedAt: string;
  deletedBy: string;
  /** A deleted checklist item or progress entry (id is the item's): where it goes back. */
  item?: {
    folioId: string;
    folioName: string;
    list: 'demandItems' | 'supplyItems' | 'progress';
    /** Its folio is itself in the bin: restore that first. */
    folioInBin: boolean;
  };
}

export interface UndoStatus {
  /** What the next 撤销 would take back, or null. */
  label: string | null;
  count: number;
  /** The step the next 撤销 takes, with the records it changes (to tell whether they are on screen). */
  next: UndoStep | null;
  /** The step the next 重做 takes: the newest undo since the last edit. */
  redo: UndoStep | null;
  redoCount: number;
}

/** One step of 撤销 / 重做: its label, the records it changes, and whether it changes the settings. */
export interface UndoStep {
  /** Pass it back to undo / redo exactly this step (refused if another one is next by then). */
  serial: number;
  label: string;
  records: { collection: CollectionName; id: string }[];
  meta: boolean;
}

export type { BackupPreview } from '../store/backup-preview';
export type { BriefingMarks, BriefingRequest, TemplateName } from '../model/briefing-request';

/** What 移除示例数据 would take away and what stays. */
export interface DemoRemovalPreview {
  /** Demo records that go, by collection. */
  removed: Partial<Record<CollectionName, number>>;
  /** Demo records the officer edited since loading: they go too, with the edits. */
  edited: { total: number; names: string[] };
  /** Demo records the officer's own records still point at: they stay. */
  kept: { total: number; names: string[] };
  /** The officer's own records: they stay. */
  own: number;
}

export type { BackupInfo, Enterprise, Folio, Group, Person, StoreProblem, WorkspaceMeta };

/** A run of documents.generate: its progress, and the generation records it wrote so far. */
export interface DocumentJob {
  id: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  total: number;
  done: number;
  /** The title being written now. */
  current: string | null;
  generations: Generation[];
  /** Why the job stopped (failed), in plain Chinese. */
  error: string | null;
  /** Characters no font could draw, when that is why it failed. */
  missingGlyphs: string[];
  /** Each document that could not be made; the job went on with the others. */
  failures?: DocumentJobFailure[];
}

/** One document of a job that failed: which, and why in plain Chinese. */
export interface DocumentJobFailure {
  title: string;
  message: string;
  missingGlyphs: string[];
}

export interface FontReport {
  rows: FontReportRow[];
  problems: string[];
}

/** Where documents.saveAs put the files (desktop), or where to fetch them (web). */
export interface SavedFiles {
  folder: string | null;
  urls: { name: string; url: string }[];
}

export type { Generation };
export type { GeneratedFile } from '../model/generation';

/** A schedule warning (not an error): two items overlap, one person is in two places, a site twice. */
export interface TripClash {
  /** `elsewhere`: one of our delegation is booked at the same time on another trip. */
  kind: 'overlap' | 'person' | 'repeatSite' | 'elsewhere';
  /** Plain Chinese, naming the items by day, time and place. */
  message: string;
  /** The items involved; `tripId` is set for an item of another trip. */
  items: { date: string; itemId: string; tripId?: string }[];
}

/** One engagement in a leader's calendar: an item of a trip they attend. */
export interface CalendarEntry {
  tripId: string;
  tripTitle: string;
  itemId: string;
  start: string;
  end: string;
  kind: Trip['days'][number]['items'][number]['kind'];
  title: string;
  place: string;
  /** Clash messages that name this entry (empty when it fits). */
  clashes: string[];
}

/** 领导日程: one of our people's days across every trip, with clashes wherever they are. */
export interface LeaderCalendar {
  /** The person record's id, or `name:<name>` for a delegate with no person record. */
  key: string;
  personId: string | null;
  name: string;
  title: string;
  days: { date: string; entries: CalendarEntry[] }[];
  clashCount: number;
}

export interface TripSummary {
  id: string;
  rev: number;
  title: string;
  kind: Trip['kind'];
  startDate: string;
  endDate: string;
  itemCount: number;
  clashCount: number;
  updatedAt: string;
}

/** A trip with its warnings and the records it links to (those still there). */
export interface TripDetail {
  trip: Trip;
  clashes: TripClash[];
  folios: FolioSummary[];
  enterprises: Enterprise[];
  /** People of our delegation who have a person record. */
  people: Person[];
}

export type { Trip };

/** What Help → 关于 (desktop) and 设置 → 关于 (both shells) show. */
export interface AboutInfo {
  /** The app's version (package.json). */
  version: string;
  /** `desktop` (Electron) or `web` (the browser shell). */
  shell: 'desktop' | 'web';
  /** Electron's version on the desktop, Node's in the web shell. */
  runtime: string;
  /** The workspace's data folder. */
  dataDir: string;
  /** The error log an officer can send to support, or null when none is kept. */
  logFile: string | null;
}

/** What 导出卷宗 wrote: a path on this machine (desktop, CLI) or an address to download it (web). */
export interface BundleExport {
  /** The officer closed the save dialog: nothing was written. */
  cancelled: boolean;
  fileName: string;
  path: string | null;
  url: string | null;
  bytes: number;
  encrypted: boolean;
  counts: Record<string, number>;
}

/** A received bundle that passed every check, as the import screen first shows it. */
export interface StagedSummary {
  stagedId: string;
  fileName: string;
  sender: string;
  workspaceName: string;
  createdAt: string;
  scope: ExchangeScope;
  counts: Record<string, number>;
}

export type {
  ConflictView,
  ExchangeApplyResult,
  ExchangePreview,
  RecordView,
} from './exchange-views';

/** Where a role's face came from: a file chosen in 设置, the machine, or the shipped faces. */
export type FaceSource = 'settings' | 'system' | 'shipped';

/** One line of 设置 → 字体: the role, and the face file it uses. */
export interface FontReportRow {
  role: keyof FontFiles;
  name: string;
  path: string;
  source: FaceSource;
}

/** 专班协同 (team sync): its settings and status. */
export type { SyncSettingsView, SyncStatus } from './sync-views';
