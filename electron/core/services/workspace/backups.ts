/** 设置 → 备份: what a restore would take back, and copying the workspace out to a folder. */
import type { BackupPreview } from '../../api/views';
import { DossierError } from '../../api/errors';
import { errorCode } from '../../store/durable-file';
import { checkBackup } from '../../store/restore';
import type { Session } from '../session';

const FOLDER_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: '目标文件夹不存在，请重新选择。',
  ENOTDIR: '目标不是文件夹，请选择一个文件夹。',
};

/** What restoring the backup would change; refuses a backup that does not pass its checks. */
export async function previewBackup(session: Session, backupId: string): Promise<BackupPreview> {
  const store = session.store();
  const check = await checkBackup(session.dataDir, backupId);
  if (!check.ok) {
    throw new DossierError('validation', check.message, [
      { path: 'backupId', message: check.message },
    ]);
  }
  const backup = check.state;
  return store.previewRestore(backupId, { seq: backup.manifest.seq, records: backup.records });
}

/** Copies the workspace into the folder, naming what is wrong with a folder that cannot take it. */
export async function copyWorkspaceTo(session: Session, folder: string): Promise<{ path: string }> {
  try {
    return { path: await session.store().copyTo(folder) };
  } catch (e) {
    const problem = FOLDER_PROBLEMS[errorCode(e) ?? ''];
    if (problem)
      throw new DossierError('validation', problem, [{ path: 'folder', message: problem }]);
    throw e;
  }
}
