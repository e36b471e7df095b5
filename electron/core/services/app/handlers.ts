/** The handlers of app.* (关于), and the version of this build. */
import PACKAGE from '../../../../package.json';
import type { HandlerSet } from '../../api/registry';
import type { AboutInfo } from '../../api/views';

export type { AboutInfo };

/** The version of this build, from package.json (bundled in). */
export const APP_VERSION: string = PACKAGE.version;

/** app.*: what 关于 shows (version, shell, runtime, data folder, log file). */
export function aboutHandlers(about: AboutInfo): HandlerSet {
  return {
    'app.about': async () => about,
  };
}
