import { DossierError } from '../api/errors';
import type { HandlerSet } from '../api/registry';
import { errorCode } from '../store/durable-file';
import { checkBackup } from '../store/restore';
import { planDemoRemoval } from './demo-removal';
import type { Session } from './session';

const FOLDER_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: '目标文件夹不存在，请重新选择。',
  ENOTDIR: '目标不是文件夹，请选择一个文件夹。',
};

/** 设置 → 备份: back up now, copy the workspace out, and see what a restore would take back. */
export function backupHandlers(session: Session): HandlerSet {
  return {
    'workspace.backupNow': async () => session.backupBefore('manual'),

    'workspace.backupPreview': async ({ backupId }) => {
      const store = session.store();
      const check = await checkBackup(session.dataDir, backupId);
      if (!check.ok) {
        throw new DossierError('validation', check.message, [
          { path: 'backupId', message: check.message },
        ]);
      }
      const backup = check.state;
      return store.previewRestore(backupId, { seq: backup.manifest.seq, records: backup.records });
    },

    'workspace.copyTo': async ({ folder }) => {
      try {
        return { path: await session.store().copyTo(folder) };
      } catch (e) {
        const problem = FOLDER_PROBLEMS[errorCode(e) ?? ''];
        if (problem)
          throw new DossierError('validation', problem, [{ path: 'folder', message: problem }]);
        throw e;
      }
    },

    'workspace.demoRemovalPreview': async () => planDemoRemoval(session.store()).preview,
  };
}
