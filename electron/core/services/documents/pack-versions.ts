// Records a meeting pack's new version in the trip's history, with what changed since the last one.
import type { MeetingPackRequest } from '../../model/briefing-request';
import type { Generation } from '../../model/generation';
import { tripSchema } from '../../model/trip';
import type { PackVersion } from '../../model/trip-parts';
import type { ComposedPack } from '../briefings/meeting-pack';
import { revise } from '../record-edits';
import type { Session } from '../session';

const MAX_VERSIONS = 500;

/** What changed from `before` to `after`, in the words an officer uses at a handover. */
export function packChanges(
  before: PackVersion | undefined,
  after: Omit<PackVersion, 'version' | 'changes'>,
): string[] {
  if (!before) return ['首次生成'];
  const changes: string[] = [];
  const old = new Map(before.contents.map((title, i) => [title, before.fingerprints[i]]));
  const now = new Map(after.contents.map((title, i) => [title, after.fingerprints[i]]));
  for (const [title, print] of now) {
    if (!old.has(title)) changes.push(`新增：${title}`);
    else if (old.get(title) !== print) changes.push(`内容有更新：${title}`);
  }
  for (const title of old.keys()) if (!now.has(title)) changes.push(`删去：${title}`);
  if (before.copies !== after.copies) changes.push(`份数：${before.copies} → ${after.copies}`);
  if (before.duplex !== after.duplex) changes.push(after.duplex ? '改为双面印刷' : '改为单面印刷');
  if (before.pageCount !== after.pageCount) {
    changes.push(`页数：${before.pageCount} → ${after.pageCount}`);
  }
  return changes.length > 0 ? changes : ['内容无变化'];
}

/**
 * Keeps the build in the trip's history: a new version with what changed since the one
 * before; superseded versions stay, with their files under their generation records.
 */
export async function recordPackVersion(
  session: Session,
  request: MeetingPackRequest,
  pack: ComposedPack,
  generation: Generation,
): Promise<void> {
  const trip = session.store().get('trips', request.tripId);
  if (!trip) return;
  const pdf = generation.files.find((f) => f.format === 'pdf') ?? generation.files[0];
  const next = {
    builtAt: generation.createdAt,
    builtBy: generation.operator,
    copies: request.copies,
    duplex: request.duplex,
    fileSha256: pdf?.sha256 ?? '',
    pageCount: pdf?.pageCount ?? 0,
    contents: pack.contents,
    fingerprints: pack.fingerprints,
    generationId: generation.id,
  };
  const previous = trip.packVersions.at(-1);
  const version: PackVersion = {
    ...next,
    version: (previous?.version ?? 0) + 1,
    changes: packChanges(previous, next),
  };
  const packVersions = [...trip.packVersions, version].slice(-MAX_VERSIONS);
  await session.log({ put: { trips: [revise(session, trip, { packVersions }, tripSchema)] } });
}
