// Opens a .dossier given to the desktop (double-click, command line, second start, macOS open-file).
import type { CallOutcome } from '../core/api/errors';

/** What the opener needs of the app: plain functions, so it is tested without Electron. */
export interface BundleOpenerDeps {
  /** `exchange.stage` of the core's registry for a path on this machine. */
  stage(path: string): Promise<CallOutcome<{ stagedId: string }>>;
  /** Shows a page of the window (`#/…`); false when there is no window to show it in. */
  show(hash: string): Promise<boolean>;
  /** Tells the officer why a bundle was refused (a message box). */
  warn(message: string): Promise<void>;
  log(error: unknown): void;
}

export interface BundleOpener {
  /** A bundle to open: opened now when the window is there, else once it is. */
  open(path: string | null): void;
  /** The window is there: opens what came before it (macOS sends open-file before ready). */
  ready(): Promise<void>;
}

/**
 * The page that asks for the password of an encrypted bundle at `path` (the renderer's 导入卷宗
 * dialog: it stages the path with the password, says 密码不正确 when wrong, writes nothing).
 */
export function passwordHash(path: string): string {
  return `#/dashboard?bundle=${encodeURIComponent(path)}`;
}

/**
 * The desktop's bundle opener. A bundle is staged, then the window shows its preview; an
 * encrypted one goes to the window's password dialog; any other refusal is shown with its
 * reason. Paths that arrive before the window (macOS `open-file` at launch, the command line)
 * wait in order until `ready`.
 */
export function createBundleOpener(deps: BundleOpenerDeps): BundleOpener {
  let isReady = false;
  const waiting: string[] = [];

  async function openNow(path: string): Promise<void> {
    const outcome = await deps.stage(path);
    if (outcome.ok) {
      await deps.show(`#/exchange/${outcome.result.stagedId}`);
      return;
    }
    if (outcome.error.fields[0]?.path === 'password') {
      await deps.show(passwordHash(path));
      return;
    }
    await deps.warn(outcome.error.message);
  }

  const run = (path: string) => openNow(path).catch((error: unknown) => deps.log(error));

  return {
    open(path) {
      if (!path) return;
      if (isReady) void run(path);
      else waiting.push(path);
    },
    async ready() {
      isReady = true;
      for (const path of waiting.splice(0)) await run(path);
    },
  };
}
