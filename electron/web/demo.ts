// `--demo`: loads the demo workspace when the data folder is ready and holds no records.
import type { Registry } from '../core/api/registry';

/** `--demo`: loads the demo workspace when the data folder is ready and holds no records. */
export async function loadDemoIfEmpty(
  registry: Pick<Registry, 'call'>,
): Promise<'loaded' | 'skipped'> {
  const status = await registry.call('workspace.status', {});
  if (!status.ok) throw new Error(status.error.message);
  const result = status.result as { state?: unknown; empty?: unknown };
  if (result.state !== 'ready' || result.empty !== true) {
    console.log('[dossier-web] 数据文件夹不为空（或未就绪），不载入演示数据');
    return 'skipped';
  }
  const loaded = await registry.call('workspace.loadDemo', {});
  if (!loaded.ok) throw new Error(`载入演示数据失败：${loaded.error.message}`);
  console.log('[dossier-web] 已载入演示数据');
  return 'loaded';
}
