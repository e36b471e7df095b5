import PACKAGE from '../../../package.json';
import type { HandlerSet } from '../api/registry';

/** The version of this build, from package.json (bundled in). */
export const APP_VERSION: string = PACKAGE.version;

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

export function aboutHandlers(about: AboutInfo): HandlerSet {
  return { 'app.about': async () => about };
}
