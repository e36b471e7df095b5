// Every API method name and the writing ones as plain strings, checked complete against the contract.
import type { MethodName, WritingMethod } from './contract';

/**
 * The method names alone, for the preload bridge (which must not bundle zod or the schemas).
 * The type below fails to compile when this list and CONTRACT drift apart.
 */
export const METHOD_NAMES = [
  'workspace.status',
  'documents.generate',
  'documents.job',
  'documents.cancel',
  'documents.history',
  'documents.open',
  'documents.print',
  'documents.saveAs',
  'documents.fonts',
  'exchange.export',
  'exchange.stage',
  'exchange.discard',
  'workspace.loadDemo',
  'workspace.removeDemo',
  'workspace.backups',
  'app.about',
  'workspace.restoreBackup',
  'workspace.backupNow',
  'workspace.backupPreview',
  'workspace.copyTo',
  'workspace.demoRemovalPreview',
  'groups.list',
  'groups.get',
  'groups.create',
  'groups.update',
  'groups.delete',
  'groups.deleteCheck',
  'folios.list',
  'folios.page',
  'folios.get',
  'folios.create',
  'folios.update',
  'folios.delete',
  'folios.deleteCheck',
  'enterprises.list',
  'enterprises.create',
  'people.list',
  'people.create',
  'people.update',
  'people.delete',
  'people.deleteCheck',
  'people.get',
  'trips.list',
  'trips.get',
  'trips.calendar',
  'trips.create',
  'trips.update',
  'trips.moveItem',
  'trips.delete',
  'exchange.preview',
  'exchange.apply',
  'enterprises.get',
  'enterprises.update',
  'enterprises.delete',
  'enterprises.deleteCheck',
  'workspace.update',
  'undo.status',
  'undo.undo',
  'undo.redo',
  'trash.list',
  'trash.restore',
  'trash.purge',
  'trash.restoreItem',
  'trash.purgeItem',
  'search.query',
  'search.find',
  'dashboard.stats',
  'dashboard.followUps',
  'folios.changeStage',
  'attachments.add',
  'attachments.remove',
  'attachments.open',
  'ledger.preview',
  'ledger.apply',
  'ledger.export',
  'attachments.addZip',
  'sync.settings.get',
  'sync.settings.set',
  'sync.status',
  'sync.now',
  'sync.conflicts',
] as const satisfies readonly MethodName[];

type Listed = (typeof METHOD_NAMES)[number];
/** `true` only when every contract method is listed. */
export type NamesComplete = [Exclude<MethodName, Listed>] extends [never] ? true : never;
export const namesComplete: NamesComplete = true;

/**
 * The methods that may change the workspace (the contract's `mutator`s), for the renderer,
 * which refreshes after them. The types below fail to compile when this list and the contract's
 * `writes` flags disagree in either direction.
 */
export const WRITING_METHODS = [
  'workspace.loadDemo',
  'workspace.removeDemo',
  'workspace.restoreBackup',
  'workspace.backupNow',
  'workspace.copyTo',
  'workspace.update',
  'groups.create',
  'groups.update',
  'groups.delete',
  'folios.create',
  'folios.update',
  'folios.delete',
  'folios.changeStage',
  'attachments.add',
  'attachments.remove',
  'attachments.addZip',
  'exchange.export',
  'enterprises.create',
  'enterprises.update',
  'enterprises.delete',
  'people.create',
  'people.update',
  'people.delete',
  'trips.create',
  'trips.update',
  'trips.moveItem',
  'trips.delete',
  'exchange.apply',
  'undo.undo',
  'undo.redo',
  'trash.restore',
  'trash.purge',
  'trash.restoreItem',
  'trash.purgeItem',
  'ledger.apply',
  'sync.settings.set',
] as const satisfies readonly WritingMethod[];

/** `true` only when every writing method is listed (the `satisfies` above rules out readers). */
export type WritersComplete = [Exclude<WritingMethod, (typeof WRITING_METHODS)[number]>] extends [
  never,
]
  ? true
  : never;
export const writersComplete: WritersComplete = true;

/** The single IPC channel every call travels on. */
export const IPC_CHANNEL = 'dossier:call';

/** The desktop's 选择字体文件 dialog (`window.dossierFiles.chooseFont`); answers a path or null. */
export const FONT_DIALOG_CHANNEL = 'dossier:choose-font';
