import { DossierError } from '../api/errors';
import type { HandlerSet } from '../api/registry';
import { COLLECTION_NAMES, type CollectionName } from '../model/collections';
import { workspaceMetaSchema } from '../model/workspace';
import type { ChangeSet } from '../store/types';
import { DEMO_ID_PREFIX, buildDemo } from './demo';
import { rejectFields } from './field-errors';
import { parseRecord, stampNew } from './records';
import type { Session } from './session';

const isDemoId = (id: string) => id.startsWith(DEMO_ID_PREFIX);

/**
 * Removing the demo deletes every record it brought. The user's own records stay, and so does
 * any demo group still holding one of the user's folios (a folio needs its group).
 */
function demoRemoval(session: Session): ChangeSet {
  const store = session.store();
  const keptGroups = new Set(
    [...store.all('folios')].filter((f) => !isDemoId(f.id)).map((f) => f.groupId),
  );
  const del: { [C in CollectionName]?: string[] } = {};
  for (const name of COLLECTION_NAMES) {
    const ids: string[] = [];
    for (const r of store.all(name)) {
      if (isDemoId(r.id) && !(name === 'groups' && keptGroups.has(r.id))) ids.push(r.id);
    }
    del[name] = ids;
  }
  return { delete: del };
}

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

export function workspaceHandlers(session: Session): HandlerSet {
  return {
    'workspace.status': async () => session.status(),

    'workspace.update': async ({ name, operator, chains, fontFiles, issuerUnit }) => {
      const current = session.store().meta;
      if (chains) checkChains(chains);
      const meta = parseRecord(workspaceMetaSchema, {
        ...current,
        name: name ?? current.name,
        operator: operator ?? current.operator,
        chains: chains ?? current.chains,
        fontFiles: fontFiles ?? current.fontFiles,
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
      const demo = buildDemo(() => stampNew(session));
      const meta = { ...status.meta, name: demo.name, chains: demo.chains, isDemo: true };
      await session.commit({ ...demo.change, meta }, null);
      return session.status();
    },

    'workspace.removeDemo': async () => {
      const store = session.store();
      if (!store.meta.isDemo) throw new DossierError('conflict', '当前工作区不是演示工作区。');
      await store.backup('remove-demo');
      await session.commit(
        { ...demoRemoval(session), meta: { ...store.meta, isDemo: false, name: '我的工作区' } },
        null,
      );
      return session.status();
    },

    'workspace.backups': async () => {
      const problem = session.problem();
      return problem ? problem.backups : session.store().listBackups();
    },

    'workspace.restoreBackup': async ({ backupId }) => {
      await session.restore(backupId);
      return session.status();
    },
  };
}
