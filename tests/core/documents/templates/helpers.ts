// Test helpers for templates: a briefing core on a fresh data folder, rendering with both writers.
import { expect, onTestFinished } from 'vitest';
import type {
  BriefingMarks,
  SingleBriefingRequest,
} from '../../../../electron/core/model/briefing-request';
import {
  CONTRACT,
  type InputOf,
  type MethodName,
  type ResultOf,
} from '../../../../electron/core/api/contract';
import type { ErrorEnvelope } from '../../../../electron/core/api/errors';
import type { HandlerSet } from '../../../../electron/core/api/registry';
import { sequentialIds, steppingClock } from '../../../../electron/core/clock';
import { writeBriefingDocx, writeBriefingPdf } from '../../../../electron/core/documents';
import type { Briefing } from '../../../../electron/core/documents/model';
import {
  type ComposedBriefing,
  composeBriefing,
} from '../../../../electron/core/services/briefings/compose';
import { enterpriseHandlers } from '../../../../electron/core/services/enterprises/handlers';
import { personHandlers } from '../../../../electron/core/services/people/handlers';
import { folioHandlers } from '../../../../electron/core/services/folios/handlers';
import { groupHandlers } from '../../../../electron/core/services/groups/handlers';
import { Session } from '../../../../electron/core/services/session';
import { workspaceHandlers } from '../../../../electron/core/services/workspace/handlers';
import { makeTempDir } from '../../../helpers/temp-dir';
import { docxText, readDocx, docxParts } from '../helpers/read-docx';
import { readPdf } from '../helpers/read-pdf';

/** The demo's records are dated up to late 2026; the test desk's day is after them. */
export const DEMO_TODAY = new Date('2026-11-25T09:00:00+08:00');

export const NO_MARKS: BriefingMarks = { internal: false, draft: false };

export interface BriefingCore {
  session: Session;
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
  compose(request: SingleBriefingRequest, marks?: BriefingMarks): ComposedBriefing;
  /** The DossierError's envelope of a request that must fail. */
  composeFails(request: SingleBriefingRequest): ErrorEnvelope;
}

/**
 * A session on a fresh data folder with the API handlers that edit records, so a test edits
 * through the API (history and all) and composes briefings from the same session.
 */
export async function openBriefingCore(
  options: { demo?: boolean; start?: Date } = {},
): Promise<BriefingCore> {
  const session = await Session.open(
    await makeTempDir(),
    steppingClock(options.start ?? DEMO_TODAY),
    sequentialIds('b'),
  );
  onTestFinished(() => session.close());
  // The editing handlers on this session (the full registry would open a session of its own).
  const handlers: HandlerSet = Object.assign(
    {},
    workspaceHandlers(session),
    groupHandlers(session),
    folioHandlers(session),
    enterpriseHandlers(session),
    personHandlers(session),
  );
  const core: BriefingCore = {
    session,
    async call(method, input) {
      const handler = handlers[method] as ((input: unknown) => Promise<unknown>) | undefined;
      if (!handler) throw new Error(`${method} is not among the test's handlers`);
      const spec = CONTRACT[method];
      const run = () => handler(spec.input.parse(input));
      // As the registry does: a writing method runs alone, inside the session's exclusive task.
      return (await (spec.writes ? session.exclusive(run) : run())) as ResultOf<typeof method>;
    },
    compose: (request, marks = NO_MARKS) => composeBriefing(session, request, marks),
    composeFails(request) {
      try {
        composeBriefing(session, request, NO_MARKS);
      } catch (error) {
        if (error instanceof Error && 'toEnvelope' in error) {
          return (error as Error & { toEnvelope(): ErrorEnvelope }).toEnvelope();
        }
        throw error;
      }
      throw new Error('the request was expected to fail');
    },
  };
  if (options.demo !== false) await core.call('workspace.loadDemo', {});
  return core;
}

/** Renders with both writers; returns the PDF's text as pdf.js reads it and the DOCX's text. */
export async function renderBoth(
  briefing: Briefing,
): Promise<{ pdfText: string; docxText: string; pages: number }> {
  const pdf = await writeBriefingPdf(briefing, { fonts: { discover: false } });
  if (!pdf.ok) throw new Error(pdf.message);
  const read = await readPdf(pdf.bytes);
  const docx = await writeBriefingDocx(briefing);
  return {
    pdfText: read.pages.map((p) => p.items.map((i) => i.str).join('')).join('\n'),
    docxText: docxText(...docxParts(await readDocx(docx.bytes))).join('\n'),
    pages: pdf.pageCount,
  };
}

/** Composes a request naming a record that is not there: it fails as not_found, naming `field`. */
export function expectNotFound(
  core: BriefingCore,
  request: SingleBriefingRequest,
  field: string,
): ErrorEnvelope {
  const error = core.composeFails(request);
  expect([error.kind, error.fields.map((f) => f.path)]).toEqual(['not_found', [field]]);
  return error;
}

/**
 * A folio with nothing filled in but its name, alone in a fresh workspace (no demo data), printed
 * with `template`: the PDF's and the DOCX's text, each without layout spaces.
 */
export async function blankFolioTexts(
  template: 'policyPackage' | 'projectBrief',
  name: string,
): Promise<string[]> {
  const core = await openBriefingCore({ demo: false });
  const group = await core.call('groups.create', { kind: 'project', name: '测试专班' });
  const folio = await core.call('folios.create', { groupId: group.id, name });
  const { pdfText, docxText } = await renderBoth(
    core.compose({ template, folioId: folio.id }).briefing,
  );
  return [flat(pdfText), flat(docxText)];
}

/** Text compared without the spaces and line ends a layout puts in. */
export const flat = (text: string): string => text.replace(/\s+/g, '');

/** A demo record found by the start of its name; fails the test when the demo has none. */
export function named<T extends { name: string }>(records: Iterable<T>, start: string): T {
  const found = [...records].find((r) => r.name.startsWith(start));
  if (!found) throw new Error(`no record named ${start}…`);
  return found;
}
