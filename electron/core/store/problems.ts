// The answer for a folder that could not be opened, with the backups that could be restored.
import type { Migration } from '../model/migrations';
import { listBackups } from './backups';
import type { LoadFailure } from './load';
import type { StoreProblem } from './types';

/** The answer for a folder that could not be opened, with the backups that could be restored. */
export async function problemFor(
  dir: string,
  failure: LoadFailure | { kind: 'locked'; file: string; message: string },
  migrations?: readonly Migration[],
): Promise<{ ok: false; problem: StoreProblem }> {
  const backups = (await listBackups(dir, { migrations }).catch(() => [])).filter((b) => b.valid);
  let message = failure.message;
  if (failure.kind === 'corrupt' || failure.kind === 'missing') {
    message += '为保护数据，招商卷宗没有修改或覆盖任何文件。';
    message += backups.length > 0 ? '可以从最近的有效备份恢复。' : '没有找到可用的备份。';
  }
  return { ok: false, problem: { kind: failure.kind, file: failure.file, message, backups } };
}
