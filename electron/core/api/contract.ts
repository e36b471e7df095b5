// The API contract: every method's zod input, its result type and whether it writes (method / mutator).
import { z } from 'zod';
import '../model/zh-messages';
import { freeText, idSchema, lineText } from '../model/common';
import { attachmentRefSchema } from '../model/folio-parts';
import { enterpriseFields, folioFields, groupFields, personFields } from '../model/records';
import { FOLIO_ITEM_INPUTS } from '../model/folio-inputs';
import { tripCreateInput, tripMoveItemInput, tripUpdateInput } from '../model/trip-inputs';
import { stageSchema } from '../model/enums';
import { isoDate } from '../model/common';
import { fontFilesSchema, workspaceMetaSchema } from '../model/workspace';
import { mobileProblem } from '../model/phone-text';
import { DOCUMENT_INPUTS } from './document-inputs';
import { LEDGER_INPUTS, ledgerExportInput } from './ledger-inputs';
import type { LedgerApplied, LedgerExportFile, LedgerPreview } from './ledger-views';
import type {
  AboutInfo,
  BackupInfo,
  BackupPreview,
  DemoRemovalPreview,
  DashboardStats,
  EnterpriseDetail,
  SearchAnswer,
  SearchHit,
  TrashItem,
  UndoStatus,
  WorkspaceMeta,
  Enterprise,
  Folio,
  FolioDetail,
  FolioSummary,
  FollowUpPage,
  Group,
  GroupDetail,
  GroupSummary,
  Person,
  WorkspaceStatus,
  LeaderCalendar,
  Trip,
  TripDetail,
  TripSummary,
  DocumentJob,
  FontReport,
  Generation,
  SavedFiles,
  BundleExport,
  StagedSummary,
} from './views';
import { FOLIO_SORT_KEYS, type FolioPage } from './views';
import { type DeleteCheck, folioDeleteInput, groupDeleteInput } from './delete-check-views';
import type { PersonDetail } from './person-views';
import type { ExchangeApplyResult, ExchangePreview } from './exchange-views';
import type { SyncSettingsView, SyncStatus } from './sync-views';

/**
 * A method of the API: its input schema, whether it changes the workspace, and (as a phantom)
 * its result type. A method that `writes` runs alone: its checks and its commit see one state,
 * and the renderer refreshes after it.
 */
export interface MethodSpec<I extends z.ZodType, R, W extends boolean = boolean> {
  input: I;
  writes: W;
  /**
   * Answered from the folios' outlines and the small collections: it runs while the folios are
   * still loading after an open (store/README.md), where any other method waits for them.
   */
  early?: true;
  /** Type-level only: never read at run time. */
  result?: R;
}

/** A method that only reads. */
function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R, false> => ({ input, writes: false });
}

/** A method that only reads outlines and the small collections: the first screens' (see `early`). */
function earlyMethod<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R, false> => ({
    input,
    writes: false,
    early: true,
  });
}

/** A method that may change the workspace (a save, a delete, an undo, a restore). */
function mutator<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R, true> => ({ input, writes: true });
}

const none = z.strictObject({});
/** 撤销 / 重做: optionally the serial of the step the officer was asked about. */
const undoStep = z.strictObject({ serial: z.number().int().min(1).optional() });
const byId = z.strictObject({ id: idSchema });
const byIdRev = z.strictObject({ id: idSchema, rev: z.number().int().min(1) });
const binnedItemRef = z.strictObject({ folioId: idSchema, itemId: idSchema });
/** What the search box sends: the text typed, and how many hits a page holds. */
const searchInput = z.strictObject({
  text: z.string().max(100, '搜索内容不能超过 100 个字'),
  limit: z.number().int().min(1).max(500).default(50),
});

function updateInput<S extends z.ZodRawShape>(fields: z.ZodObject<S>) {
  return z.strictObject({ ...byIdRev.shape, ...fields.partial().shape });
}

/* Create inputs: every field optional but the named ones; the services fill in `*Defaults`. */
const gf = groupFields.shape;
/**
 * The history and attachments are written by the services alone; checklist items, blockers
 * and the other lists may come without ids (new items), which the services assign.
 */
const folioEditable = folioFields
  .omit({ history: true, attachments: true, binned: true })
  .extend(FOLIO_ITEM_INPUTS);
const ff = folioEditable.shape;
/** Key people may come without ids (new contacts), like a folio's contacts. */
const enterpriseEditable = enterpriseFields.extend({ keyPeople: FOLIO_ITEM_INPUTS.contacts });
const ef = enterpriseEditable.shape;
export const groupCreateInput = z.strictObject({
  ...groupFields.partial().shape,
  name: gf.name,
  kind: gf.kind,
});
export const groupUpdateInput = updateInput(groupFields);
export const folioCreateInput = z.strictObject({
  ...folioEditable.partial().shape,
  name: ff.name,
  groupId: ff.groupId,
});
export const folioUpdateInput = updateInput(folioEditable);
export const enterpriseCreateInput = z.strictObject({
  ...enterpriseEditable.partial().shape,
  name: ef.name,
  kind: ef.kind,
});
/** A person as typed: a mobile number must be 11 digits (stored ones are not re-checked). */
const personTyped = personFields.extend({
  phone: personFields.shape.phone.superRefine((text, ctx) => {
    const problem = mobileProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: `电话：${problem}` });
  }),
});
export const personCreateInput = z.strictObject({
  ...personTyped.partial().shape,
  name: personFields.shape.name,
});
export const enterpriseUpdateInput = updateInput(enterpriseEditable);
export const personUpdateInput = updateInput(personTyped);

export const folioFilterInput = z.strictObject({
  groupId: idSchema.optional(),
  chain: lineText('产业链', 40).optional(),
  stages: z.array(stageSchema).max(9).optional(),
  location: lineText('项目地点', 80).optional(),
  leaderId: idSchema.optional(),
  stewardId: idSchema.optional(),
  overdue: z.boolean().optional(),
  openBlockers: z.boolean().optional(),
  stale: z.boolean().optional(),
});

/** A page of the folio list: the filter, the quick text, the sort, and which rows. */
export const folioPageInput = z.strictObject({
  filter: folioFilterInput.default({}),
  /** Words that must all appear in the row's shown text (name, group, chain, people …). */
  text: z.string().max(100, '筛选内容不能超过 100 个字').default(''),
  sort: z.enum(FOLIO_SORT_KEYS).default('updatedAt'),
  order: z.enum(['ascend', 'descend']).default('descend'),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(50),
  /** Also every matching id in list order (for 导出 of the list as shown). */
  withIds: z.boolean().default(false),
});

export const stageChangeInput = z.strictObject({
  ...byIdRev.shape,
  stage: stageSchema,
  date: isoDate,
  reason: freeText('原因', 500).trim().default(''),
});

/** A file as the renderer sends it: base64 bytes, at most ATTACHMENT_MAX_BYTES once decoded. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;
export const attachmentAddInput = z.strictObject({
  folioId: idSchema,
  rev: z.number().int().min(1),
  name: attachmentRefSchema.shape.name,
  mime: z.string().max(120).default('application/octet-stream'),
  dataBase64: z
    .string()
    .max(
      Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4,
      '文件超过 25 MB 上限，请压缩或拆分后再上传',
    ),
});
const attachmentRef = z.strictObject({ folioId: idSchema, attachmentId: idSchema });
/** A .zip of materials (an enterprise's) whose files become a folio's attachments. */
export const attachmentZipInput = attachmentAddInput.omit({ mime: true });

/** 卷宗交换: a bundle sent as bytes (web shell) is at most this big. */
export const BUNDLE_UPLOAD_MAX_BYTES = 64 * 1024 * 1024;
const bundlePassword = z.string().min(1, '密码不能为空').max(200, '密码不能超过 200 个字符');
export const exchangeScopeInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('group'), id: idSchema }),
  z.strictObject({ kind: z.literal('trip'), id: idSchema }),
  z.strictObject({
    kind: z.literal('folios'),
    ids: z.array(idSchema).min(1, '请至少选择一个项目').max(100_000),
  }),
]);
export const exchangeExportInput = z.strictObject({
  scope: exchangeScopeInput,
  password: bundlePassword.optional(),
  includeGenerated: z.boolean().default(false),
});
export const exchangeStageInput = z.strictObject({
  /** Desktop and CLI: a file on this machine (refused by the web shell). */
  path: z.string().min(1).max(4000).optional(),
  /** Web shell: the file's bytes. */
  dataBase64: z
    .string()
    .max(Math.ceil((BUNDLE_UPLOAD_MAX_BYTES * 4) / 3) + 4, '卷宗超过 64 MB，请在桌面版中导入')
    .optional(),
  fileName: z.string().max(255).optional(),
  password: bundlePassword.optional(),
});

const stagedRef = z.strictObject({ stagedId: z.string().min(1).max(100) });
const exchangePick = z.enum(['ours', 'theirs'], {
  message: '请选择“ours”（保留本机）或“theirs”（采用对方）',
});
export const exchangeApplyInput = z.strictObject({
  ...stagedRef.shape,
  choices: z
    .array(
      z.strictObject({
        collection: z.enum(['folios', 'groups', 'enterprises', 'people', 'trips']),
        id: idSchema,
        /** A field, `field.itemKey.itemField`, or '' for a deletion against an edit. */
        path: z.string().max(300),
        pick: exchangePick,
      }),
    )
    .max(100_000)
    .default([]),
  /** The side every conflict without its own choice takes. */
  prefer: exchangePick.optional(),
});

/** The whole API. Add a method here, implement it in a service; both transports pick it up. */
export const CONTRACT = {
  'workspace.status': earlyMethod<WorkspaceStatus>()(none),
  'workspace.loadDemo': mutator<WorkspaceStatus>()(none),
  'workspace.removeDemo': mutator<WorkspaceStatus>()(none),
  'workspace.backups': method<BackupInfo[]>()(none),
  'app.about': earlyMethod<AboutInfo>()(none),
  'workspace.restoreBackup': mutator<WorkspaceStatus>()(
    z.strictObject({ backupId: z.string().min(1).max(200) }),
  ),
  'workspace.backupNow': mutator<BackupInfo>()(none),
  'workspace.backupPreview': method<BackupPreview>()(
    z.strictObject({ backupId: z.string().min(1).max(200) }),
  ),
  /** Writes outside the workspace, but serialised with commits so the copy is one state. */
  'workspace.copyTo': mutator<{ path: string }>()(
    z.strictObject({
      folder: z
        .string()
        .trim()
        .min(1, '请选择目标文件夹')
        .max(1000, '文件夹路径过长')
        .refine((p) => /^([a-zA-Z]:[\\/]|[\\/])/.test(p), '请填写完整的文件夹路径（绝对路径）'),
    }),
  ),
  'workspace.demoRemovalPreview': method<DemoRemovalPreview>()(none),

  'groups.list': earlyMethod<GroupSummary[]>()(none),
  'groups.get': method<GroupDetail>()(byId),
  'groups.create': mutator<Group>()(groupCreateInput),
  'groups.update': mutator<Group>()(groupUpdateInput),
  'groups.delete': mutator<{ id: string }>()(groupDeleteInput),
  /** What stands in the way of deleting a group (its folios), asked before the delete. */
  'groups.deleteCheck': method<DeleteCheck>()(byId),

  'workspace.update': mutator<WorkspaceMeta>()(
    z.strictObject({
      name: workspaceMetaSchema.shape.name.optional(),
      operator: lineText('操作人姓名', 40).trim().optional(),
      chains: workspaceMetaSchema.shape.chains.optional(),
      fontFiles: fontFilesSchema.optional(),
      backupKeep: workspaceMetaSchema.shape.backupKeep,
      issuerUnit: lineText('落款单位', 60).trim().optional(),
    }),
  ),
  'undo.status': earlyMethod<UndoStatus>()(none),
  'undo.undo': mutator<UndoStatus & { undone: string }>()(undoStep),
  'undo.redo': mutator<UndoStatus & { redone: string }>()(undoStep),
  'trash.list': method<TrashItem[]>()(none),
  'trash.restore': mutator<{ collection: TrashItem['collection']; id: string }>()(byId),
  'trash.purge': mutator<{ id: string }>()(byId),
  /** A deleted checklist item or progress entry back into its folio. */
  'trash.restoreItem': mutator<{ folioId: string; itemId: string }>()(binnedItemRef),
  'trash.purgeItem': mutator<{ folioId: string; itemId: string }>()(binnedItemRef),
  'search.query': method<SearchHit[]>()(searchInput),
  /** The search box's query: a few ms of work at most, `complete: false` while the index is built. */
  'search.find': earlyMethod<SearchAnswer>()(searchInput),
  'dashboard.stats': earlyMethod<DashboardStats>()(
    z.strictObject({ shown: z.number().int().min(0).max(100).default(8) }),
  ),
  /** The rest of one follow-up list of 工作台, a page at a time. */
  'dashboard.followUps': earlyMethod<FollowUpPage>()(
    z.strictObject({
      list: z.enum(['overdueItems', 'openBlockers', 'staleFolios']),
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(1).max(500).default(50),
    }),
  ),

  'folios.list': method<FolioSummary[]>()(folioFilterInput),
  /** The folio list a page at a time, filtered and sorted in the core. */
  'folios.page': earlyMethod<FolioPage>()(folioPageInput),
  'folios.changeStage': mutator<Folio>()(stageChangeInput),
  'attachments.add': mutator<Folio>()(attachmentAddInput),
  'attachments.remove': mutator<Folio>()(
    z.strictObject({ ...attachmentRef.shape, rev: z.number().int().min(1) }),
  ),
  /** Desktop: opens the file with the system viewer. Web: gives the address to download it. */
  'attachments.open': method<{ opened: boolean; url: string | null }>()(attachmentRef),
  /** A .zip of materials: each of its files becomes an attachment (names decoded, GBK too). */
  'attachments.addZip': mutator<Folio>()(attachmentZipInput),
  'folios.get': method<FolioDetail>()(byId),
  'folios.create': mutator<Folio>()(folioCreateInput),
  'folios.update': mutator<Folio>()(folioUpdateInput),
  'folios.delete': mutator<{ id: string }>()(folioDeleteInput),
  'folios.deleteCheck': method<DeleteCheck>()(byId),

  'enterprises.list': earlyMethod<Enterprise[]>()(none),
  'enterprises.create': mutator<Enterprise>()(enterpriseCreateInput),
  'enterprises.get': method<EnterpriseDetail>()(byId),
  'enterprises.update': mutator<Enterprise>()(enterpriseUpdateInput),
  'enterprises.delete': mutator<{ id: string }>()(byIdRev),
  'enterprises.deleteCheck': method<DeleteCheck>()(byId),
  'people.list': earlyMethod<Person[]>()(none),
  'people.create': mutator<Person>()(personCreateInput),
  'people.update': mutator<Person>()(personUpdateInput),
  'people.delete': mutator<{ id: string }>()(byIdRev),
  'people.deleteCheck': method<DeleteCheck>()(byId),
  /** A person's page: the folios they lead and steward, their trips, their open items. */
  'people.get': method<PersonDetail>()(byId),

  'trips.list': method<TripSummary[]>()(none),
  'trips.get': method<TripDetail>()(byId),
  /** 领导日程: each of our people's engagements across all trips, clashes flagged. */
  'trips.calendar': method<LeaderCalendar[]>()(
    z.strictObject({ from: isoDate.optional(), to: isoDate.optional() }),
  ),
  'trips.create': mutator<Trip>()(tripCreateInput),
  'trips.update': mutator<Trip>()(tripUpdateInput),
  /** Moves one schedule item within its day or to another day of the trip. */
  'trips.moveItem': mutator<Trip>()(tripMoveItemInput),
  'trips.delete': mutator<{ id: string }>()(byIdRev),

  /** 导入卷宗: what a staged bundle would change here, nothing written. */
  'exchange.preview': method<ExchangePreview>()(stagedRef),
  /** Applies a staged bundle as one commit (one 撤销), once every conflict has its pick. */
  'exchange.apply': mutator<ExchangeApplyResult>()(exchangeApplyInput),

  /** Starts writing briefings off the UI's thread; poll `documents.job` for progress. */
  'documents.generate': method<DocumentJob>()(DOCUMENT_INPUTS.generate),
  'documents.job': method<DocumentJob>()(DOCUMENT_INPUTS.job),
  'documents.cancel': method<DocumentJob>()(DOCUMENT_INPUTS.cancel),
  /** 生成记录, newest first; of one record when `recordId` is given. */
  'documents.history': method<Generation[]>()(DOCUMENT_INPUTS.history),
  /** Desktop: opens the file with the system viewer. Web: gives the address to fetch it. */
  'documents.open': method<{ opened: boolean; url: string | null }>()(DOCUMENT_INPUTS.file),
  /**
   * Desktop: the system print dialog for a PDF (a meeting pack's copy). Web: the address to open
   * it in the browser, whose viewer prints.
   */
  'documents.print': method<{ printed: boolean; url: string | null }>()(DOCUMENT_INPUTS.file),
  /** Desktop: asks for a folder and copies the files there. Web: gives their addresses. */
  'documents.saveAs': method<SavedFiles>()(DOCUMENT_INPUTS.generation),
  /** Which face each role uses on this machine, and notes on files from 设置. */
  'documents.fonts': method<FontReport>()(none),

  /** 台账: what importing a spreadsheet would do, row by row; writes nothing. */
  'ledger.preview': method<LedgerPreview>()(LEDGER_INPUTS.preview),
  /** Imports it in one commit (one 撤销 step) after a backup; refuses while rows have problems. */
  'ledger.apply': mutator<LedgerApplied>()(LEDGER_INPUTS.apply),
  /** The folio list, the opportunity list or a group's 月调度 table as .xlsx. */
  'ledger.export': method<LedgerExportFile>()(ledgerExportInput(folioFilterInput)),
  /** 导出卷宗: writes a .dossier and notes the export once in the workspace's 导出记录. */
  'exchange.export': mutator<BundleExport>()(exchangeExportInput),
  /** 导入卷宗, step one: checks a received file and stages it (writes only to a temp folder). */
  'exchange.stage': method<StagedSummary>()(exchangeStageInput),
  /** Forgets a staged bundle and removes its temp folder. */
  'exchange.discard': method<{ discarded: boolean }>()(
    z.strictObject({ stagedId: z.string().regex(/^[0-9a-f]{24}$/, '暂存编号无效') }),
  ),

  /** 设置 → 协同: the server, user and groups (never the password). */
  'sync.settings.get': method<SyncSettingsView>()(none),
  /** Saves them; the password goes to the system's safe storage, not the workspace. */
  'sync.settings.set': mutator<SyncSettingsView>()(
    z.strictObject({
      enabled: z.boolean(),
      url: z.string().max(500),
      username: z.string().max(120),
      /** Omitted: keep the saved one; '': forget it. */
      password: z.string().max(500).optional(),
      groups: z.array(idSchema).max(200),
    }),
  ),
  /** The header's 同步中 / 已同步 / 离线 / 需要处理 N 个冲突, with the last sync time. */
  'sync.status': earlyMethod<SyncStatus>()(none),
  /**
   * Syncs every chosen group now. Not a mutator: it commits page by page in its own writer
   * sections, so officers keep saving while it talks to the server.
   */
  'sync.now': method<SyncStatus>()(none),
  /** Stages the records waiting for a pick, for the exchange's conflict screen. */
  'sync.conflicts': method<{ stagedId: string | null }>()(none),
} as const;

export type Contract = typeof CONTRACT;
export type MethodName = keyof Contract;
/** The methods that may change the workspace. */
export type WritingMethod = {
  [M in MethodName]: Contract[M]['writes'] extends true ? M : never;
}[MethodName];
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = NonNullable<Contract[M]['result']>;

/** The API as the renderer sees it: one async function per method. */
export type DossierApi = { [M in MethodName]: (input: InputOf<M>) => Promise<ResultOf<M>> };
