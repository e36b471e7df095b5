// The documents.* methods: generate, poll a job, cancel, history, fonts, open, print and save as.
import { DossierError } from '../../api/errors';
import type { HandlerSet } from '../../api/registry';
import { inProcessRunner, WorkerRunner, type WorkerSpec } from '../../documents/render/runner';
import type { Generation } from '../../model/generation';
import type { OpenFile } from '../attachments/stored-files';
import { mustGet } from '../record-edits';
import type { Session } from '../session';
import { fileKey, generatedFilePath } from './generated-files';
import { JobBoard } from './jobs';

/** Desktop: asks the user for a folder and copies the files there; null when they cancel. */
export type SaveFiles = (files: { path: string; name: string }[]) => Promise<string | null>;

export interface DocumentDeps {
  /** The worker that writes documents off the main thread; without it they are written inline. */
  worker?: WorkerSpec;
  /** Folders holding the shipped faces (`<resources>/fonts` in a packed app). */
  shippedFontDirs?: string[];
  openFile?: OpenFile;
  saveFiles?: SaveFiles;
  /** Desktop: shows the system print dialog for a PDF; rejects with the reason. */
  printFile?: (absolutePath: string, name: string) => Promise<void>;
}

/** The web shell's address of a generated file (it adds the session token). */
export function generatedUrl(generationId: string, key: string): string {
  return `/generated/${encodeURIComponent(generationId)}/${encodeURIComponent(key)}`;
}

function fileOf(session: Session, generation: Generation, key: string) {
  const file = generatedFilePath(session.dataDir, generation, key);
  if (!file) {
    throw new DossierError('not_found', '这次生成没有该格式的文件。', [
      { path: 'format', message: '没有该格式的文件' },
    ]);
  }
  return file;
}

/** The file a call names: the generation's file of `format`, or of one numbered copy. */
function namedFile(
  session: Session,
  {
    generationId,
    format,
    copyNumber,
  }: { generationId: string; format: string; copyNumber?: string },
) {
  const generation = mustGet(session, 'generations', generationId, '生成记录');
  const key = copyNumber ? `${format}-${copyNumber}` : format;
  return { key, file: fileOf(session, generation, key) };
}

/** Hands a file to the desktop (open, print); a failure names the file and the reason. */
async function handOver(
  act: (path: string, name: string) => Promise<void>,
  file: { path: string; name: string },
  verb: string,
): Promise<void> {
  try {
    await act(file.path, file.name);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new DossierError('internal', `无法${verb}“${file.name}”：${why}`);
  }
}

export function documentHandlers(
  session: Session,
  deps: DocumentDeps,
): { handlers: HandlerSet; close: () => Promise<void> } {
  const board = new JobBoard();
  const runner = deps.worker ? new WorkerRunner(deps.worker) : inProcessRunner;
  const fonts = { shippedDirs: deps.shippedFontDirs ?? [] };
  /** Jobs still writing into the data folder: close waits for them, so nothing writes after. */
  const writing = new Set<Promise<void>>();
  const handlers: HandlerSet = {
    'documents.generate': async (input) => {
      // The templates, charts (ECharts) and writers load on first use: the app starts without
      // them (they took ~0.6 s of every start-up).
      const { composeAll, runJob } = await import('./generate');
      const composed = await composeAll(session, input);
      const { job, signal, changed } = board.start(session.ids(), composed.length);
      const run = runJob({ session, runner, fonts }, { job, signal, changed }, composed, input)
        .catch((error: unknown) => console.error('[dossier] documents.generate failed', error))
        .finally(() => writing.delete(run));
      writing.add(run);
      return board.get(job.id);
    },
    'documents.job': async ({ jobId, waitMs }) => board.next(jobId, waitMs),
    'documents.cancel': async ({ jobId }) => board.cancel(jobId),
    'documents.history': async ({ recordId, limit }) =>
      Array.from(session.store().all('generations'))
        .filter((g) => recordId === undefined || g.recordIds.includes(recordId))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .slice(0, limit),
    'documents.open': async (input) => {
      const { key, file } = namedFile(session, input);
      if (!deps.openFile) return { opened: false, url: generatedUrl(input.generationId, key) };
      await handOver(deps.openFile, file, '打开');
      return { opened: true, url: null };
    },
    'documents.print': async ({ generationId, format, copyNumber }) => {
      const { key, file } = namedFile(session, { generationId, format, copyNumber });
      if (format !== 'pdf') {
        throw new DossierError(
          'validation',
          '只能直接打印 PDF；Word 文件请打开后在 Word 中打印。',
          [{ path: 'format', message: '请选择 PDF' }],
        );
      }
      if (!deps.printFile) {
        return { printed: false, url: `${generatedUrl(generationId, key)}?inline=1` };
      }
      await handOver(deps.printFile, file, '打印');
      return { printed: true, url: null };
    },
    'documents.saveAs': async ({ generationId }) => {
      const generation = mustGet(session, 'generations', generationId, '生成记录');
      const files = generation.files.map((f) => fileOf(session, generation, fileKey(f)));
      if (!deps.saveFiles) {
        return {
          folder: null,
          urls: generation.files.map((f) => ({
            name: f.name,
            url: generatedUrl(generationId, fileKey(f)),
          })),
        };
      }
      return { folder: await deps.saveFiles(files), urls: [] };
    },
    'documents.fonts': async () => {
      const { loadFontSet } = await import('../../documents/fonts/font-set');
      const set = await loadFontSet({ ...fonts, files: session.store().meta.fontFiles });
      return { rows: set.report(), problems: [...set.problems] };
    },
  };
  return {
    handlers,
    close: async () => {
      board.cancelAll();
      await Promise.all(writing);
      await runner.close();
    },
  };
}
