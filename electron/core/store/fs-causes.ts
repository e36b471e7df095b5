// The plain-Chinese cause of a failed write (disk full, no permission, read-only, locked).
import { errorCode } from './durable-file';

const FULL = '磁盘已满：保存没有完成，数据没有改动。请清理磁盘空间（或换一个位置）后再试。';
const DENIED =
  '没有写入权限：保存没有完成，数据没有改动。请检查数据文件夹的权限（或以有权限的用户运行）后再试。';
const READ_ONLY =
  '数据文件夹是只读的（只读磁盘、写保护的 U 盘或只读挂载）：保存没有完成，数据没有改动。请把数据文件夹放到可写的位置后再试。';
const BUSY =
  '文件被其他程序占用（杀毒软件、同步工具或另一个程序）：保存没有完成，数据没有改动。请稍后再试，或先关闭占用文件的程序。';

/** What the officer is told for each file-system cause the store can meet while writing. */
export const FS_CAUSES: Readonly<Record<string, string>> = {
  ENOSPC: FULL,
  EDQUOT: FULL,
  EACCES: DENIED,
  EPERM: DENIED,
  EROFS: READ_ONLY,
  EBUSY: BUSY,
};

/** The plain-Chinese cause of a failed write, looking through wrapped causes; null if unknown. */
export function fsCauseOf(error: unknown, depth = 0): string | null {
  if (depth > 5 || typeof error !== 'object' || error === null) return null;
  const code = errorCode(error);
  if (code !== undefined && Object.hasOwn(FS_CAUSES, code)) return FS_CAUSES[code] ?? null;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const found = fsCauseOf(inner, depth + 1);
      if (found) return found;
    }
  }
  return 'cause' in error ? fsCauseOf(error.cause, depth + 1) : null;
}
