/** Types of what the fake `electron` records: the subset of Electron's API the shell uses. */

export interface NavigationEvent {
  readonly url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export interface RequestLike {
  readonly url: string;
  readonly method: string;
}

export type ProtocolHandler = (request: RequestLike) => Response | Promise<Response>;

export interface FakeIpcEvent {
  readonly senderFrame: { readonly url: string } | null;
}

export type IpcHandler = (event: FakeIpcEvent, ...args: unknown[]) => unknown;

export type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: Record<string, unknown>,
) => void;

export type PermissionCheckHandler = (
  webContents: unknown,
  permission: string,
  requestingOrigin: string,
  details: Record<string, unknown>,
) => boolean;

export interface HeadersReceivedDetails {
  url: string;
  resourceType: string;
  responseHeaders?: Record<string, string[]>;
}

export interface HeadersReceivedResponse {
  cancel?: boolean;
  responseHeaders?: Record<string, string | string[]>;
}

export type HeadersReceivedListener = (
  details: HeadersReceivedDetails,
  callback: (response: HeadersReceivedResponse) => void,
) => void;

export interface WindowOpenResponse {
  action: 'allow' | 'deny';
}

export type WindowOpenHandler = (details: { url: string }) => WindowOpenResponse;

export interface CustomScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}

export interface WindowOptions {
  title?: string;
  show?: boolean;
  webPreferences?: {
    preload?: string;
    contextIsolation?: boolean;
    sandbox?: boolean;
    nodeIntegration?: boolean;
    webSecurity?: boolean;
    spellcheck?: boolean;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}
