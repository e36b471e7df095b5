/** The handlers of workspace.*: status, settings, the demo, backups and copying out. */
import { DossierError } from '../../api/errors';
import type { HandlerSet } from '../../api/registry';
import { workspaceMetaSchema } from '../../model/workspace';
import { buildDemo } from './demo';
import { planDemoRemoval } from './demo-removal';
import { rejectFields } from '../field-errors';
import { parseRecord, stampNew } from '../record-edits';
import type { Session } from '../session';
import { copyWorkspaceTo, previewBackup } from './backups';

/** The chain list as entered: at least one, each once (names already trimmed by the contract). */
function checkChains(chains: readonly string[]): void {
  if (chains.length === 0) rejectFields([{ path: 'chains', message: '至少保留一条产业链' }]);
  const seen = new Set<string>();
  rejectFields(
    chains.flatMap((chain, i) => {
      const repeated = seen.has(chain);
      seen.add(chain);
      return repeated ? [{ path: `chains.${i}`, message: `产业链“${chain}”重复` }] : [];
    }),
  );
}

/** workspace.*: the workspace's state and settings, the demo, backups (设置 → 备份), copying out. */
export function workspaceHandlers(session: Session): HandlerSet {
  return {
    'workspace.status': async () => session.status(),

    'workspace.update': async ({ name, operator, chains, fontFiles, backupKeep, issuerUnit }) => {
      const current = session.store().meta;
      if (chains) checkChains(chains);
      const meta = parseRecord(workspaceMetaSchema, {
        ...current,
        name: name ?? current.name,
        operator: operator ?? current.operator,
        chains: chains ?? current.chains,
        fontFiles: fontFiles ?? current.fontFiles,
        backupKeep: backupKeep ?? current.backupKeep,
        issuerUnit: issuerUnit ?? current.issuerUnit,
      });
      await session.commit({ meta }, '修改工作区设置');
      return meta;
    },

    'workspace.loadDemo': async () => {
      const status = session.status();
      if (status.state !== 'ready') return status;
      if (!status.empty) {
        throw new DossierError('conflict', '当前工作区已有数据，只能在空白工作区中载入演示数据。');
      }
      const demo = buildDemo(() => stampNew(session), session.today());
      const meta = { ...status.meta, name: demo.name, chains: demo.chains, isDemo: true };
      await session.commit({ ...demo.change, meta }, null);
      return session.status();
    },

    'workspace.removeDemo': async () => {
      const store = session.store();
      if (!store.meta.isDemo) throw new DossierError('conflict', '当前工作区不是演示工作区。');
      await session.backupBefore('remove-demo');
      const { change } = planDemoRemoval(store);
      await session.commit(
        { ...change, meta: { ...store.meta, isDemo: false, name: '我的工作区' } },
        null,
      );
      return session.status();
    },

    'workspace.backups': async () => {
      const problem = session.problem();
      if (problem) return problem.backups;
      const store = session.store();
      const list = await store.listBackups();
      return list.map((b) => ({ ...b, commitsSince: Math.max(0, store.seq - b.seq) }));
    },

    'workspace.restoreBackup': async ({ backupId }) => {
      await session.restore(backupId);
      return session.status();
    },

    'workspace.backupNow': async () => session.backupBefore('manual'),

    'workspace.backupPreview': async ({ backupId }) => previewBackup(session, backupId),

    'workspace.copyTo': async ({ folder }) => copyWorkspaceTo(session, folder),

    'workspace.demoRemovalPreview': async () => planDemoRemoval(session.store()).preview,
  };
}
