/** The handlers of exchange.* (卷宗交换): export a bundle, stage a received one, preview, apply, discard. */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DossierError } from '../../api/errors';
import type { HandlerSet } from '../../api/registry';
import type { BundleExport, StagedSummary } from '../../api/views';
import { safeSegment } from '../../exchange/bundle/entry-names';
import { stageBundle } from '../../exchange/bundle/read-bundle';
import { writeBundle } from '../../exchange/bundle/write-bundle';
import type { ZipLimits } from '../../exchange/bundle/zip-reader';
import { gather } from '../../exchange/gather';
import type { ExchangeScope } from '../../exchange/types';
import { withExport } from '../../model/export-log';
import { decodeBase64 } from '../attachments/uploads';
import type { Session } from '../session';
import { applyStaged, previewStaged } from './merge-staged';
import type { StagingArea } from './staging';

export interface ExchangeDeps {
  appVersion: string;
  /**
   * Where an export is written: the desktop's save dialog, the CLI's --out. null: cancelled.
   * Without it (web shell) the bundle goes to `exportsDir` and is offered for download.
   */
  chooseExportPath?: (suggestedName: string) => Promise<string | null>;
  /** Whether `exchange.stage` may read a path on this machine (desktop, CLI; not the web). */
  allowPaths?: boolean;
  /** Desktop: the open dialog, when `exchange.stage` comes without a file. */
  chooseBundle?: () => Promise<string | null>;
  limits?: ZipLimits;
}

/** The web shell's exported bundles: /exports/<name> serves them. */
export const EXPORTS_DIR = 'exports';

function scopeLabel(session: Session, scope: ExchangeScope): string {
  const store = session.store();
  switch (scope.kind) {
    case 'all':
      return '全部';
    case 'group':
      return store.get('groups', scope.id)?.name ?? '专班';
    case 'trip':
      return store.get('trips', scope.id)?.title ?? '考察';
    case 'folios': {
      const first = store.get('folios', scope.ids[0] ?? '')?.name ?? '项目';
      return scope.ids.length === 1 ? first : `${first}等${scope.ids.length}个项目`;
    }
  }
}

function stamp(iso: string): string {
  return iso.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}

/**
 * 卷宗交换, the file side: writing a .dossier of a scope, and taking a received one in as far as
 * a checked, staged bundle (the merge layer previews and applies it).
 */
export function exchangeHandlers(
  session: Session,
  staging: StagingArea,
  deps: ExchangeDeps,
): HandlerSet {
  return {
    'exchange.export': async ({ scope, password, includeGenerated }): Promise<BundleExport> => {
      const store = session.store();
      const at = session.clock.now().toISOString();
      const fileName = `${safeSegment(scopeLabel(session, scope), '卷宗', 60)}-${stamp(at)}.dossier`;
      let target: string;
      let url: string | null = null;
      if (deps.chooseExportPath) {
        const chosen = await deps.chooseExportPath(fileName);
        if (chosen === null) {
          return {
            cancelled: true,
            fileName,
            path: null,
            url: null,
            bytes: 0,
            encrypted: false,
            counts: {},
          };
        }
        target = chosen;
      } else {
        const dir = join(staging.root, EXPORTS_DIR, randomBytes(12).toString('hex'));
        await mkdir(dir, { recursive: true });
        target = join(dir, fileName);
        url = `/exports/${basename(dir)}/${encodeURIComponent(fileName)}`;
      }
      const by = session.operator();
      const written = await writeBundle(
        gather(store, scope, { includeGenerated }),
        target,
        {
          appVersion: deps.appVersion,
          workspaceName: store.meta.name,
          sender: by,
          createdAt: at,
          scope,
        },
        password,
      );
      // Recorded once for the workspace: a note on every exported record would make a large
      // export a large commit, and would show the records as changed when the bundle comes back.
      const meta = session.store().meta;
      const entry = {
        at,
        by,
        fileName: basename(target),
        scope: scopeLabel(session, scope),
        counts: written.manifest.counts,
        encrypted: Boolean(password),
      };
      await session.log({ meta: { ...meta, exportLog: withExport(meta.exportLog, entry) } });
      return {
        cancelled: false,
        fileName: basename(target),
        path: url ? null : target,
        url,
        bytes: written.bytes,
        encrypted: Boolean(password),
        counts: written.manifest.counts,
      };
    },

    'exchange.stage': async ({ path, dataBase64, fileName, password }): Promise<StagedSummary> => {
      let source = path ?? null;
      let upload: string | null = null;
      if (source !== null && !deps.allowPaths) {
        throw new DossierError('validation', '此处不能按路径导入卷宗，请上传文件。', [
          { path: 'path', message: '请上传文件' },
        ]);
      }
      if (source === null && dataBase64 !== undefined) {
        const bytes = decodeBase64(dataBase64);
        if (bytes === null)
          throw new DossierError(
            'validation',
            '上传的卷宗内容无法读取（不是有效的 base64 编码）。',
          );
        await mkdir(staging.root, { recursive: true });
        upload = await mkdtemp(join(staging.root, 'upload-'));
        source = join(upload, 'received.dossier');
        await writeFile(source, bytes);
      }
      if (source === null && deps.chooseBundle) source = await deps.chooseBundle();
      if (source === null)
        throw new DossierError('validation', '没有选择卷宗文件。', [
          { path: 'path', message: '请选择卷宗文件' },
        ]);
      try {
        const { staged, dir } = await stageBundle(source, {
          stagingRoot: staging.root,
          password,
          limits: deps.limits,
          fileName: fileName ?? basename(path ?? 'received.dossier'),
        });
        staging.put(staged, dir);
        const m = staged.manifest;
        return {
          stagedId: staged.id,
          fileName: staged.fileName,
          sender: m.sender,
          workspaceName: m.workspaceName,
          createdAt: m.createdAt,
          scope: m.scope,
          counts: m.counts,
        };
      } catch (error) {
        if (error instanceof DossierError) throw error;
        const code = (error as { code?: unknown }).code;
        if (code === 'ENOENT') throw new DossierError('not_found', `找不到卷宗文件：${source}`);
        throw error;
      } finally {
        if (upload) await rm(upload, { recursive: true, force: true });
      }
    },

    'exchange.discard': async ({ stagedId }) => ({ discarded: await staging.drop(stagedId) }),

    'exchange.preview': async ({ stagedId }) => previewStaged(session, staging, stagedId),

    'exchange.apply': async (input) => applyStaged(session, staging, input),
  };
}
