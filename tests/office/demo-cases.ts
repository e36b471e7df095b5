// The office tests' demo cases: one briefing of each kind from the real templates over the demo.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SingleBriefingRequest } from '../../electron/core/model/briefing-request';
import { sequentialIds, steppingClock } from '../../electron/core/clock';
import type { Briefing } from '../../electron/core/documents/model';
import { composeBriefing } from '../../electron/core/services/briefings/compose';
import { Session } from '../../electron/core/services/session';
import { workspaceHandlers } from '../../electron/core/services/workspace/handlers';
import { allDemoRequests } from './demo-requests';

/** The demo's records run to late 2026: the desk's day is after them, as in the template tests. */
const DEMO_TODAY = new Date('2026-11-25T09:00:00+08:00');

/** Runs `fn` over a fresh demo workspace in a scratch folder, removed afterwards. */
export async function withDemo<T>(fn: (session: Session) => T): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-office-demo-'));
  const session = await Session.open(dir, steppingClock(DEMO_TODAY), sequentialIds('o'));
  try {
    const load = workspaceHandlers(session)['workspace.loadDemo'];
    if (!load) throw new Error('workspace.loadDemo is missing');
    await session.exclusive(() => load({}));
    return fn(session);
  } finally {
    await session.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A request's briefing over the demo, with the marks the office tests use. */
function composed(session: Session, request: SingleBriefingRequest) {
  const c = composeBriefing(session, request, { internal: true, draft: false });
  return { name: `demo ${c.title}`, model: c.briefing };
}

/**
 * The real templates over the demo workspace: one briefing of each kind (the richest record of
 * each), as the app generates them — what officers will open in Word.
 */
export async function demoBriefings(): Promise<{ name: string; model: Briefing }[]> {
  return withDemo((session) => {
    const store = session.store();
    const folios = [...store.all('folios')];
    const richest = [...folios].sort(
      (a, b) => b.progress.length + b.policies.length - (a.progress.length + a.policies.length),
    )[0];
    const withPolicies = [...folios].sort((a, b) => b.policies.length - a.policies.length)[0];
    const group = [...store.all('groups')].sort(
      (a, b) =>
        folios.filter((f) => f.groupId === b.id).length -
        folios.filter((f) => f.groupId === a.id).length,
    )[0];
    const requests: SingleBriefingRequest[] = [
      { template: 'projectBrief', folioId: richest?.id ?? '' },
      { template: 'policyPackage', folioId: withPolicies?.id ?? '' },
      { template: 'opportunityList' },
      {
        template: 'groupReport',
        groupId: group?.id ?? '',
        period: 'month',
        from: '2024-01-01',
        to: '2026-11-25',
      },
      ...[...store.all('trips')].map((t) => ({ template: 'tripAgenda' as const, tripId: t.id })),
    ];
    return requests.map((r) => composed(session, r));
  });
}

/** Every briefing the demo gives (demo-requests.ts), as the app generates them. */
export async function allDemoBriefings(): Promise<{ name: string; model: Briefing }[]> {
  return withDemo((session) =>
    allDemoRequests(session, session.today()).map((r) => composed(session, r)),
  );
}
