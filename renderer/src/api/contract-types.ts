/**
 * The one place the renderer reaches into the core: types only, erased at build time.
 * Everything else in the renderer imports these names from here.
 */
export type {
  DossierApi,
  InputOf,
  MethodName,
  ResultOf,
} from '../../../electron/core/api/contract';
export type {
  CallOutcome,
  ErrorEnvelope,
  ErrorKind,
  FieldError,
} from '../../../electron/core/api/errors';
export type {
  BackupInfo,
  BackupPreview,
  DemoRemovalPreview,
  DashboardStats,
  Enterprise,
  EnterpriseDetail,
  Folio,
  FolioDetail,
  FolioFilter,
  FolioPage,
  FolioSortKey,
  FolioSummary,
  Group,
  GroupDetail,
  GroupSummary,
  Person,
  StoreProblem,
  TrashItem,
  Trip,
  TripClash,
  LeaderCalendar,
  CalendarEntry,
  TripDetail,
  TripSummary,
  UndoStatus,
  UndoStep,
  WorkspaceMeta,
  WorkspaceStatus,
} from '../../../electron/core/api/views';
export type {
  DocumentJob,
  FontReport,
  FontReportRow,
  GeneratedFile,
  Generation,
  SavedFiles,
} from '../../../electron/core/api/views';
export type {
  BriefingMarks,
  BriefingRequest,
  TemplateName,
} from '../../../electron/core/api/views';

import type { Enterprise, Folio, Group, WorkspaceStatus } from '../../../electron/core/api/views';
/** A folio's stage: 线索 → … → 达效, or 暂缓 / 终止. */
export type Stage = Folio['stage'];
/** 产业链专班 · 县区专班 · 项目专班 */
export type GroupKind = Group['kind'];
/** 上市公司 · 央企 · 国企 · 民企 · 外资 · 商会 */
export type EnterpriseKind = Enterprise['kind'];
/** The status of a workspace that opened. */
export type ReadyStatus = Extract<WorkspaceStatus, { state: 'ready' }>;
/** The status of a data folder that could not be opened. */
export type ProblemStatus = Extract<WorkspaceStatus, { state: 'problem' }>;
export type {
  LedgerPreview,
  LedgerPreviewRow,
  LedgerExportFile,
  LedgerMapping,
  LedgerField,
} from '../../../electron/core/api/ledger-views';
export type {
  ConflictView,
  ExchangeApplyResult,
  ExchangePreview,
  RecordView,
} from '../../../electron/core/api/views';
export type { SyncSettingsView, SyncStatus } from '../../../electron/core/api/views';
export type { DeleteBlocker, DeleteCheck } from '../../../electron/core/api/delete-check-views';
export type { PersonDetail } from '../../../electron/core/api/person-views';
export type { OpenBlocker, OverdueItem } from '../../../electron/core/api/views';
