// Generates documents: composes every request first, then renders and records each generation.
import { DossierError } from '../../api/errors';
import type { BriefingMarks, BriefingRequest } from '../../model/briefing-request';
import type { DocumentJob, DocumentJobFailure } from '../../api/views';
import type { DocumentFormat, RenderTask, RenderWork } from '../../documents/render/render-task';
import { CancelledError, type DocumentRunner } from '../../documents/render/runner';
import { type Generation, generationSchema } from '../../model/generation';
import { composeBriefing } from '../briefings/compose';
import { composeMeetingPack, type ComposedPack } from '../briefings/meeting-pack';
import { parseRecord, stampNew } from '../record-edits';
import type { Session } from '../session';
import { writeGeneratedFiles } from './generated-files';
import { recordPackVersion } from './pack-versions';

export interface GenerateInput {
  requests: BriefingRequest[];
  formats: DocumentFormat[];
  marks: BriefingMarks;
  missingGlyphs: 'stop' | 'replace';
}

export interface Composed {
  request: BriefingRequest;
  work: RenderWork;
  title: string;
  fileStem: string;
  recordIds: string[];
  /** A meeting pack's contents, for its version record. */
  pack: ComposedPack | null;
}

/** `001`, `002` …: 份号 as printed, three digits (more for packs past 999 copies). */
export const copyNumbers = (copies: number): string[] =>
  Array.from({ length: copies }, (_, i) => String(i + 1).padStart(3, '0'));

async function composeOne(
  session: Session,
  request: BriefingRequest,
  marks: BriefingMarks,
): Promise<Composed> {
  if (request.template === 'meetingPack') {
    const pack = await composeMeetingPack(session, request, marks);
    const work: RenderWork = {
      kind: 'pack',
      spec: pack.spec,
      duplex: request.duplex,
      copyNumbers: copyNumbers(request.copies),
    };
    return {
      request,
      work,
      title: pack.title,
      fileStem: pack.fileStem,
      recordIds: pack.recordIds,
      pack,
    };
  }
  const one = composeBriefing(session, request, marks);
  return { request, work: { kind: 'briefing', briefing: one.briefing }, ...one, pack: null };
}

/**
 * Builds every document before anything is written, so a request naming a missing record
 * fails the call at once (naming `requests.N.<field>`) and no file or record is made.
 */
export async function composeAll(session: Session, input: GenerateInput): Promise<Composed[]> {
  const all: Composed[] = [];
  for (const [i, request] of input.requests.entries()) {
    try {
      all.push(await composeOne(session, request, input.marks));
    } catch (error) {
      if (!(error instanceof DossierError)) throw error;
      const fields = error.fields.map((f) => ({ ...f, path: `requests.${i}.${f.path}` }));
      throw new DossierError(error.kind, error.message, fields);
    }
  }
  return all;
}

export interface JobContext {
  session: Session;
  runner: DocumentRunner;
  fonts: RenderTask['fonts'];
}

/** What became of one document: its generation, or why it could not be made. */
type ItemOutcome =
  { ok: true; generation: Generation } | { ok: false; message: string; missingGlyphs: string[] };

async function runItem(
  ctx: JobContext,
  item: Composed,
  input: GenerateInput,
  signal: AbortSignal,
): Promise<ItemOutcome> {
  const { session } = ctx;
  const outcome = await ctx.runner.run(
    {
      work: item.work,
      formats: input.formats,
      fonts: { ...ctx.fonts, files: session.store().meta.fontFiles },
      missingGlyphs: input.missingGlyphs,
      now: session.clock.now().toISOString(),
    },
    signal,
  );
  if (!outcome.ok)
    return { ok: false, message: outcome.message, missingGlyphs: outcome.missingGlyphs };
  const base = stampNew(session);
  const files = await writeGeneratedFiles(session.dataDir, base.id, item.fileStem, outcome.files);
  const generation: Generation = parseRecord(generationSchema, {
    ...base,
    request: item.request,
    marks: input.marks,
    title: item.title,
    operator: session.store().meta.operator,
    recordIds: item.recordIds,
    files,
    problems: outcome.problems,
    missingGlyphs: outcome.missingGlyphs,
  });
  // The record and the trip's new pack version are decided against the state they change.
  await session.exclusive(async () => {
    await session.log({ put: { generations: [generation] } });
    if (item.pack && item.request.template === 'meetingPack') {
      await recordPackVersion(session, item.request, item.pack, generation);
    }
  });
  return { ok: true, generation };
}

/** The job's summary of its failed documents, naming each. */
function failureSummary(failures: readonly DocumentJobFailure[], total: number): string {
  const [only] = failures;
  if (failures.length === 1 && only) return `“${only.title}”未能生成：${only.message}`;
  const titles = failures.map((f) => `“${f.title}”`).join('、');
  return `${total} 份文档中有 ${failures.length} 份未能生成：${titles}。其余已生成。`;
}

/**
 * Writes the documents one by one: each finished one is a generation record with its files
 * on disk. A document that fails is reported (`failures`) and the job goes on with the next;
 * only cancelling stops it. The job ends `failed` when any document failed, naming them, with
 * the others' files in `generations`.
 */
export async function runJob(
  ctx: JobContext,
  { job, signal, changed }: { job: DocumentJob; signal: AbortSignal; changed: () => void },
  composed: readonly Composed[],
  input: GenerateInput,
): Promise<void> {
  const failures: DocumentJobFailure[] = [];
  job.failures = failures;
  try {
    for (const item of composed) {
      job.current = item.title;
      changed();
      let outcome: ItemOutcome;
      try {
        outcome = await runItem(ctx, item, input, signal);
      } catch (error) {
        if (error instanceof CancelledError || signal.aborted) throw error;
        const message = error instanceof Error ? error.message : String(error);
        outcome = { ok: false, message, missingGlyphs: [] };
      }
      if (outcome.ok) job.generations.push(outcome.generation);
      else
        failures.push({
          title: item.title,
          message: outcome.message,
          missingGlyphs: outcome.missingGlyphs,
        });
      job.done += 1;
    }
    if (failures.length === 0) Object.assign(job, { state: 'done', current: null });
    else
      Object.assign(job, {
        state: 'failed',
        current: null,
        error: failureSummary(failures, composed.length),
        missingGlyphs: [...new Set(failures.flatMap((f) => f.missingGlyphs))],
      });
  } catch (error) {
    const cancelled = error instanceof CancelledError;
    Object.assign(job, {
      state: cancelled ? 'cancelled' : 'failed',
      current: null,
      error: cancelled ? null : error instanceof Error ? error.message : String(error),
    });
  } finally {
    changed();
  }
}
