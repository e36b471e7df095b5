// Composes a trip's meeting pack (会议材料): cover, agenda, talking points, profiles and attachments.
import { issuingUnit } from '../../model/workspace';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { BriefingMarks, MeetingPackRequest } from '../../model/briefing-request';
import type { PackSection, PackSpec, SectionContent } from '../../documents/pack/spec';
import { chineseDate, chinesePeriod } from '../../documents/templates/common';
import { enterpriseProfile } from '../../documents/templates/enterprise-profile';
import { dayTitle } from '../../documents/templates/trip-agenda';
import { talkingPoints } from '../../documents/templates/talking-points';
import type { AttachmentRef } from '../../model/folio-parts';
import type { Folio } from '../../model/records';
import { scheduleInTimeOrder, type TripItem } from '../../model/trip-parts';
import { attachmentPath } from '../../store/attachments';
import type { Session } from '../session';
import { composeBriefing, fileStemOf } from './compose';
import { pointed, requested } from './lookup';

/** A pack ready to lay out, with what the Word version and the version record need. */
export interface ComposedPack {
  spec: PackSpec;
  title: string;
  fileStem: string;
  recordIds: string[];
  /** Top-level and nested section titles, and a hash of each one's content. */
  contents: string[];
  fingerprints: string[];
}

/** Items worth a section: where the delegation meets people or sees projects. */
const MEETS = new Set<TripItem['kind']>(['site', 'meeting', 'forum', 'signing']);
const PICTURE = /^image\/(png|jpeg)$/;

function chosen(ref: AttachmentRef, folioId: string, request: MeetingPackRequest): boolean {
  if (request.attachments) {
    return request.attachments.some((a) => a.folioId === folioId && a.attachmentId === ref.id);
  }
  return ref.mime === 'application/pdf' || PICTURE.test(ref.mime);
}

async function attachmentContent(session: Session, ref: AttachmentRef): Promise<SectionContent> {
  const bytes = await readFile(attachmentPath(session.store().dir, ref.sha256)).then(
    (b) => new Uint8Array(b),
    () => null,
  );
  if (PICTURE.test(ref.mime)) {
    return {
      kind: 'image',
      name: ref.name,
      format: ref.mime.endsWith('png') ? 'png' : 'jpeg',
      bytes,
    };
  }
  return { kind: 'pdf', name: ref.name, bytes };
}

function fingerprint(content: SectionContent | undefined): string {
  const hash = createHash('sha256');
  if (content && 'kind' in content) hash.update(content.bytes ?? new Uint8Array());
  else
    hash.update(
      JSON.stringify(content ?? null, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v)),
    );
  return hash.digest('hex');
}

/**
 * 会议材料 of a trip. Each folio's materials (enterprise profile, brief, policy package,
 * attachments) come once, under the first meeting that names it; a later meeting's talking
 * points say where they are.
 */
export async function composeMeetingPack(
  session: Session,
  request: MeetingPackRequest,
  marks: BriefingMarks,
): Promise<ComposedPack> {
  const trip = scheduleInTimeOrder(requested(session, 'trips', request.tripId, 'tripId', '考察'));
  const inner: BriefingMarks = { internal: false, draft: marks.draft };
  const head = {
    issuer: issuingUnit(session.store().meta),
    today: session.today(),
    marks: inner,
  };
  const brief = (r: Parameters<typeof composeBriefing>[1]) =>
    composeBriefing(session, r, inner).briefing;
  const seenFolios = new Set<string>();
  const seenEnterprises = new Set<string>();
  const recordIds = new Set([trip.id]);

  const folioSections = async (folio: Folio): Promise<PackSection[]> => {
    const parts: PackSection[] = [];
    const enterprise = pointed(session, 'enterprises', folio.enterpriseId);
    if (enterprise && !seenEnterprises.has(enterprise.id)) {
      seenEnterprises.add(enterprise.id);
      recordIds.add(enterprise.id);
      const folioNames = [...session.store().all('folios')]
        .filter((f) => f.enterpriseId === enterprise.id)
        .map((f) => f.name);
      parts.push({
        title: '企业简介',
        content: enterpriseProfile({ head, enterprise, folioNames }),
      });
    }
    parts.push({
      title: '项目简报',
      content: brief({ template: 'projectBrief', folioId: folio.id }),
    });
    if (folio.policies.length > 0) {
      parts.push({
        title: '政策包',
        content: brief({ template: 'policyPackage', folioId: folio.id }),
      });
    }
    for (const ref of folio.attachments.filter((a) => chosen(a, folio.id, request))) {
      parts.push({ title: `附件：${ref.name}`, content: await attachmentContent(session, ref) });
    }
    return parts;
  };

  const meetings: PackSection[] = [];
  for (const day of trip.days) {
    for (const item of day.items.filter((i) => MEETS.has(i.kind))) {
      const folios = item.folioIds.flatMap((id) => pointed(session, 'folios', id) ?? []);
      const fresh = folios.filter((f) => !seenFolios.has(f.id));
      for (const f of folios) {
        seenFolios.add(f.id);
        recordIds.add(f.id);
      }
      const children: PackSection[] = [
        {
          title: '谈话要点',
          content: talkingPoints({
            head,
            trip,
            day,
            item,
            folios,
            repeated: folios.filter((f) => !fresh.includes(f)),
          }),
        },
      ];
      for (const folio of fresh)
        children.push({ title: folio.name, children: await folioSections(folio) });
      const what = item.title || item.place;
      meetings.push({ title: `${dayTitle(day.date)} ${item.start} ${what}`, children });
    }
  }

  const agenda = brief({ template: 'tripAgenda', tripId: trip.id });
  const sections: PackSection[] = [{ title: '考察行程', content: agenda }, ...meetings];
  // The trip's name, then 会议材料 on a line of its own, as officers lay out a pack's cover.
  const title = `${trip.title}\n会议材料`;
  const contents: string[] = [];
  const fingerprints: string[] = [];
  // Each section by its path (`4月16日… › 谈话要点`): unique, so versions can be compared.
  const walk = (list: readonly PackSection[], path: readonly string[]) => {
    for (const s of list) {
      contents.push([...path, s.title].join(' › '));
      fingerprints.push(fingerprint(s.content));
      walk(s.children ?? [], [...path, s.title]);
    }
  };
  walk(sections, []);
  const cover = {
    title,
    subtitle: chinesePeriod(trip.startDate, trip.endDate),
    date: chineseDate(head.today),
    internal: marks.internal,
    issuer: head.issuer,
    ...(marks.classification ? { classification: marks.classification } : {}),
  };
  return {
    spec: { cover, sections },
    title: `会议材料：${trip.title}`,
    fileStem: fileStemOf('会议材料', trip.title, head.today),
    recordIds: [...recordIds],
    contents,
    fingerprints,
  };
}
