import { z } from 'zod';
import '../model/zh-messages';
import { idSchema } from '../model/common';
import { enterpriseFields, folioFields, groupFields, personFields } from '../model/records';
import type {
  BackupInfo,
  Enterprise,
  Folio,
  FolioDetail,
  FolioSummary,
  Group,
  GroupDetail,
  GroupSummary,
  Person,
  WorkspaceStatus,
} from './views';

/** A method of the API: its input schema, and (as a phantom) its result type. */
export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  /** Type-level only: never read at run time. */
  result?: R;
}

function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

const none = z.strictObject({});
const byId = z.strictObject({ id: idSchema });
const byIdRev = z.strictObject({ id: idSchema, rev: z.number().int().min(1) });

function updateInput<S extends z.ZodRawShape>(fields: z.ZodObject<S>) {
  return z.strictObject({ ...byIdRev.shape, ...fields.partial().shape });
}

/* Create inputs: every field optional but the named ones; the services fill in `*Defaults`. */
const gf = groupFields.shape;
/** The history is written by the services alone. */
const folioEditable = folioFields.omit({ history: true });
const ff = folioEditable.shape;
const ef = enterpriseFields.shape;
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
  ...enterpriseFields.partial().shape,
  name: ef.name,
  kind: ef.kind,
});
export const personCreateInput = z.strictObject({
  ...personFields.partial().shape,
  name: personFields.shape.name,
});

/** The whole API. Add a method here, implement it in a service; both transports pick it up. */
export const CONTRACT = {
  'workspace.status': method<WorkspaceStatus>()(none),
  'workspace.loadDemo': method<WorkspaceStatus>()(none),
  'workspace.removeDemo': method<WorkspaceStatus>()(none),
  'workspace.backups': method<BackupInfo[]>()(none),
  'workspace.restoreBackup': method<WorkspaceStatus>()(
    z.strictObject({ backupId: z.string().min(1).max(200) }),
  ),

  'groups.list': method<GroupSummary[]>()(none),
  'groups.get': method<GroupDetail>()(byId),
  'groups.create': method<Group>()(groupCreateInput),
  'groups.update': method<Group>()(groupUpdateInput),
  'groups.delete': method<{ id: string }>()(byIdRev),

  'folios.list': method<FolioSummary[]>()(z.strictObject({ groupId: idSchema.optional() })),
  'folios.get': method<FolioDetail>()(byId),
  'folios.create': method<Folio>()(folioCreateInput),
  'folios.update': method<Folio>()(folioUpdateInput),
  'folios.delete': method<{ id: string }>()(byIdRev),

  'enterprises.list': method<Enterprise[]>()(none),
  'enterprises.create': method<Enterprise>()(enterpriseCreateInput),
  'people.list': method<Person[]>()(none),
  'people.create': method<Person>()(personCreateInput),
} as const;

export type Contract = typeof CONTRACT;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = NonNullable<Contract[M]['result']>;

/** The API as the renderer sees it: one async function per method. */
export type DossierApi = { [M in MethodName]: (input: InputOf<M>) => Promise<ResultOf<M>> };
