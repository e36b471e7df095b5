// The one IPC handler: serves a call only from a frame showing the app's page, through the registry.
import type { IpcMain } from 'electron';
import { IPC_CHANNEL } from '../core/api/names';
import type { CallOutcome, ErrorEnvelope } from '../core/api/errors';
import type { Registry } from '../core/api/registry';
import { originOf } from '../shared/protocol-path';

/** The part of `IpcMainInvokeEvent` the handler reads. */
export interface IpcSender {
  readonly senderFrame: { readonly url: string } | null | undefined;
}

export type IpcCallHandler = (
  event: IpcSender,
  method: unknown,
  input: unknown,
) => Promise<CallOutcome<unknown>>;

function failure(error: ErrorEnvelope): CallOutcome<unknown> {
  return { ok: false, error };
}

export const UNAUTHORIZED: ErrorEnvelope = {
  kind: 'unauthorized',
  message: '请求不是来自本程序的页面，已拒绝。',
  fields: [],
};

/** The origin of the sending frame; null when there is none (closed or navigated away). */
function senderOrigin(event: IpcSender): string | null {
  try {
    const url = event.senderFrame?.url;
    return typeof url === 'string' ? originOf(url) : null;
  } catch {
    return null;
  }
}

/** Whether an IPC message comes from a frame showing a page of one of `allowedOrigins`. */
export function appSenderCheck(allowedOrigins: readonly string[]): (event: IpcSender) => boolean {
  const allowed = new Set(allowedOrigins.map((origin) => origin.toLowerCase()));
  return (event) => {
    const origin = senderOrigin(event);
    return origin !== null && allowed.has(origin);
  };
}

/**
 * The one IPC handler: a call is served only when the frame that sent it shows a page of one
 * of `allowedOrigins` (`app://dossier`, or the dev server in `electron-vite dev`).
 * Never throws. No `electron` at run time here.
 */
export function createIpcHandler(
  registry: Pick<Registry, 'call'>,
  allowedOrigins: readonly string[],
): IpcCallHandler {
  const fromApp = appSenderCheck(allowedOrigins);
  return async (event, method, input) => {
    if (!fromApp(event)) return failure(UNAUTHORIZED);
    if (typeof method !== 'string') {
      return failure({
        kind: 'unknown_method',
        message: '调用格式有误：缺少功能名称。',
        fields: [],
      });
    }
    try {
      return await registry.call(method, input);
    } catch (error) {
      console.error(`[dossier] ipc ${method} failed`, error);
      return failure({
        kind: 'internal',
        message: '程序内部错误，操作未完成，数据未改动。',
        fields: [],
      });
    }
  };
}

export function installIpc(ipcMain: Pick<IpcMain, 'handle'>, handler: IpcCallHandler): void {
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, input: unknown) =>
    handler(event, method, input),
  );
}
