// @ts-check
/**
 * A stand-in for the `electron` module, enough to run out/main/index.js under plain Node.
 * It does nothing real; it records what the bundle asks of it so the smoke test can inspect
 * and exercise it: window options, protocol and IPC handlers, session handlers, app events.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @typedef {import('./types.js').NavigationEvent} NavigationEvent */
/** @typedef {import('./types.js').ProtocolHandler} ProtocolHandler */
/** @typedef {import('./types.js').IpcHandler} IpcHandler */
/** @typedef {import('./types.js').PermissionRequestHandler} PermissionRequestHandler */
/** @typedef {import('./types.js').PermissionCheckHandler} PermissionCheckHandler */
/** @typedef {import('./types.js').HeadersReceivedListener} HeadersReceivedListener */
/** @typedef {import('./types.js').WindowOpenHandler} WindowOpenHandler */
/** @typedef {import('./types.js').CustomScheme} CustomScheme */

/** Everything the bundle did, in order, plus the handlers it installed. */
export const recorder = {
  /** @type {{ api: string; args: unknown[] }[]} */
  calls: [],
  /** @type {FakeBrowserWindow[]} */
  windows: [],
  /** @type {Map<string, ProtocolHandler>} */
  protocolHandlers: new Map(),
  /** @type {{ schemes: CustomScheme[]; appWasReady: boolean }[]} */
  privilegedSchemes: [],
  /** @type {Map<string, IpcHandler>} */
  ipcHandlers: new Map(),
  /** @type {PermissionRequestHandler | null} */
  permissionRequestHandler: null,
  /** @type {PermissionCheckHandler | null} */
  permissionCheckHandler: null,
  /** @type {HeadersReceivedListener | null} */
  headersReceived: null,
  /** The menu handed to Menu.setApplicationMenu. */
  /** @type {unknown} */
  applicationMenu: null,
  /** What `requestSingleInstanceLock` answers. */
  singleInstanceLock: true,
  /** Emits every recorded call's api name, so tests can wait for one without sleeping. */
  events: new EventEmitter(),
};

/** @param {string} api @param {unknown[]} args */
function record(api, args) {
  recorder.calls.push({ api, args });
  recorder.events.emit('call', api, args);
}

/** @param {string} api */
export function wasCalled(api) {
  return recorder.calls.some((call) => call.api === api);
}

/**
 * Resolves when `api` has been called (at once if it was already); rejects on `timeoutMs`.
 * @param {string} api
 * @param {number} [timeoutMs]
 * @returns {Promise<unknown[]>}
 */
export function waitForCall(api, timeoutMs = 15000) {
  const earlier = recorder.calls.find((call) => call.api === api);
  return earlier ? Promise.resolve(earlier.args) : nextCall(api, timeoutMs);
}

/**
 * Resolves on the next call of `api` from now on (earlier calls do not count).
 * @param {string} api
 * @param {number} [timeoutMs]
 * @returns {Promise<unknown[]>}
 */
export function nextCall(api, timeoutMs = 15000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      recorder.events.off('call', listener);
      reject(new Error(`timed out waiting for ${api}`));
    }, timeoutMs);
    /** @param {string} name @param {unknown[]} args */
    function listener(name, args) {
      if (name !== api) return;
      clearTimeout(timer);
      recorder.events.off('call', listener);
      resolve(args);
    }
    recorder.events.on('call', listener);
  });
}

/** A cancelable event such as Electron passes to listeners. */
export class FakeEvent {
  /** @param {Record<string, unknown>} [fields] */
  constructor(fields = {}) {
    Object.assign(this, fields);
    this.defaultPrevented = false;
  }
  preventDefault() {
    this.defaultPrevented = true;
  }
}

export class FakeWebContents extends EventEmitter {
  /** @type {WindowOpenHandler | null} */
  windowOpenHandler = null;

  /** @param {WindowOpenHandler} handler */
  setWindowOpenHandler(handler) {
    record('webContents.setWindowOpenHandler', []);
    this.windowOpenHandler = handler;
  }

  /**
   * Emits a navigation event the way Electron does; returns whether a listener prevented it.
   * @param {'will-navigate' | 'will-redirect' | 'will-frame-navigate'} name
   * @param {string} url
   */
  navigate(name, url) {
    const event = new FakeEvent({ url, isMainFrame: true });
    this.emit(name, event, url);
    return event.defaultPrevented;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  ready = false;
  /** @type {Record<string, string>} */
  paths = { userData: mkdtempSync(join(tmpdir(), 'dossier-fake-userdata-')) };

  isReady() {
    return this.ready;
  }
  whenReady() {
    record('app.whenReady', []);
    return Promise.resolve().then(() => {
      this.ready = true;
      this.emit('ready');
    });
  }
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock', []);
    return recorder.singleInstanceLock;
  }
  enableSandbox() {
    if (this.ready) throw new Error('enableSandbox must be called before ready');
    record('app.enableSandbox', []);
  }
  /** @param {string} name */
  getPath(name) {
    record('app.getPath', [name]);
    const path = this.paths[name];
    if (!path) throw new Error(`fake app.getPath: no path for ${name}`);
    return path;
  }
  quit() {
    record('app.quit', []);
  }
  /** @param {number} [code] */
  exit(code = 0) {
    record('app.exit', [code]);
  }
}

export const app = new FakeApp();

export class FakeBrowserWindow extends EventEmitter {
  webContents = new FakeWebContents();
  visible = false;
  focused = false;
  /** @type {string | null} */
  loadedUrl = null;

  /** @param {import('./types.js').WindowOptions} options */
  constructor(options) {
    super();
    this.options = options;
    recorder.windows.push(this);
    record('BrowserWindow.new', [options]);
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  /** @param {string} url */
  loadURL(url) {
    this.loadedUrl = url;
    record('BrowserWindow.loadURL', [url]);
    queueMicrotask(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  show() {
    this.visible = true;
    record('BrowserWindow.show', []);
  }
  focus() {
    this.focused = true;
    record('BrowserWindow.focus', []);
  }
  restore() {
    record('BrowserWindow.restore', []);
  }
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return false;
  }
}
export const BrowserWindow = FakeBrowserWindow;

export const protocol = {
  /** @param {CustomScheme[]} schemes */
  registerSchemesAsPrivileged(schemes) {
    if (app.isReady()) throw new Error('registerSchemesAsPrivileged must be called before ready');
    recorder.privilegedSchemes.push({ schemes, appWasReady: app.isReady() });
    record('protocol.registerSchemesAsPrivileged', [schemes]);
  },
  /** @param {string} scheme @param {ProtocolHandler} handler */
  handle(scheme, handler) {
    if (!app.isReady()) throw new Error('protocol.handle must be called after ready');
    recorder.protocolHandlers.set(scheme, handler);
    record('protocol.handle', [scheme]);
  },
};

export const ipcMain = {
  /** @param {string} channel @param {IpcHandler} handler */
  handle(channel, handler) {
    if (recorder.ipcHandlers.has(channel)) throw new Error(`a handler for ${channel} exists`);
    recorder.ipcHandlers.set(channel, handler);
    record('ipcMain.handle', [channel]);
  },
};

export const session = {
  defaultSession: {
    /** @param {PermissionRequestHandler | null} handler */
    setPermissionRequestHandler(handler) {
      recorder.permissionRequestHandler = handler;
      record('session.setPermissionRequestHandler', []);
    },
    /** @param {PermissionCheckHandler | null} handler */
    setPermissionCheckHandler(handler) {
      recorder.permissionCheckHandler = handler;
      record('session.setPermissionCheckHandler', []);
    },
    webRequest: {
      /**
       * @param {HeadersReceivedListener | object | null} filterOrListener
       * @param {HeadersReceivedListener | null} [listener]
       */
      onHeadersReceived(filterOrListener, listener) {
        const chosen =
          typeof filterOrListener === 'function' ? filterOrListener : (listener ?? null);
        recorder.headersReceived = /** @type {HeadersReceivedListener | null} */ (chosen);
        record('session.webRequest.onHeadersReceived', []);
      },
    },
  },
};

export const dialog = {
  /** @param {string} title @param {string} content */
  showErrorBox(title, content) {
    record('dialog.showErrorBox', [title, content]);
  },
  /** The folder `showOpenDialog` answers with; null answers as if the user cancelled. */
  /** @type {string | null} */
  openDialogFolder: null,
  /** @param {unknown[]} args */
  showMessageBox(...args) {
    record('dialog.showMessageBox', args);
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
  /** @param {unknown[]} args */
  showOpenDialog(...args) {
    record('dialog.showOpenDialog', args);
    const folder = this.openDialogFolder;
    return Promise.resolve({ canceled: folder === null, filePaths: folder ? [folder] : [] });
  },
};

export const shell = {
  /** What `openPath` answers: '' (opened) or an error message. */
  openPathResult: '',
  /** @param {string} path */
  openPath(path) {
    record('shell.openPath', [path]);
    return Promise.resolve(this.openPathResult);
  },
  /** @param {string} path */
  showItemInFolder(path) {
    record('shell.showItemInFolder', [path]);
  },
};

export const Menu = {
  /** @param {unknown[]} template */
  buildFromTemplate(template) {
    record('Menu.buildFromTemplate', [template]);
    return { template };
  },
  /** @param {unknown} menu */
  setApplicationMenu(menu) {
    recorder.applicationMenu = menu;
    record('Menu.setApplicationMenu', [menu]);
  },
};

/** Like a machine without a system keyring: the sync password is kept for the run only. */
export const safeStorage = {
  isEncryptionAvailable() {
    return false;
  },
  /** @param {string} plain */
  encryptString(plain) {
    throw new Error(`safeStorage is not available (asked to encrypt ${plain.length} characters)`);
  },
  /** @param {Buffer} sealed */
  decryptString(sealed) {
    throw new Error(`safeStorage is not available (asked to decrypt ${sealed.length} bytes)`);
  },
};

export default { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell };
