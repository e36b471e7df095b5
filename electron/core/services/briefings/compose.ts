// Composes a briefing from a request: gathers its records, runs its template, names its file.
import { issuingUnit } from '../../model/workspace';
import type {
  BriefingMarks,
  BriefingRequest,
  SingleBriefingRequest,
} from '../../model/briefing-request';
import type { Briefing } from '../../documents/model';
import type { DocHead } from '../../documents/templates/common';
import { groupReport } from '../../documents/templates/group-report';
import { opportunityList } from '../../documents/templates/opportunity-list';
import { policyPackage } from '../../documents/templates/policy-package';
import { projectBrief } from '../../documents/templates/project-brief';
import { tripAgenda } from '../../documents/templates/trip-agenda';
import type { Session } from '../session';
import { FILE_STEM_LIMIT, safeFileStem } from '../../model/plain-text';
import { workspaceLexicon } from './lexicon';
import {
  gatherGroupReport,
  gatherOpportunityList,
  gatherPolicyPackage,
  gatherProjectBrief,
  gatherTripAgenda,
} from './gather';

export interface ComposedBriefing {
  briefing: Briefing;
  /** What the user sees in lists: `项目简报：天水麻辣烫产业园项目`. */
  title: string;
  /** A file name without extension, safe on Windows, macOS and Linux. */
  fileStem: string;
  /** The records the briefing was built from. */
  recordIds: string[];
}

/**
 * `项目简报`, `天水麻辣烫产业园项目`, `2024-04-01` → `项目简报-天水麻辣烫产业园项目-20240401`: the
 * subject made safe on every file system and cut so that the whole stem fits FILE_STEM_LIMIT.
 */
export function fileStemOf(kind: string, subject: string, today: string): string {
  const date = today.replace(/-/g, '');
  const fixed = `${kind}--${date}`;
  const room = {
    chars: FILE_STEM_LIMIT.chars - [...fixed].length,
    bytes: FILE_STEM_LIMIT.bytes - new TextEncoder().encode(fixed).length,
  };
  const cut = subject.trim() ? safeFileStem(subject, room, '') : '';
  return safeFileStem([kind, cut, date].filter(Boolean).join('-'));
}

const KIND_WORDS: Record<BriefingRequest['template'], string> = {
  projectBrief: '项目简报',
  policyPackage: '政策包',
  opportunityList: '投资机会清单',
  groupReport: '工作周报',
  tripAgenda: '考察行程',
  meetingPack: '会议材料',
};

export function kindWord(request: BriefingRequest): string {
  return request.template === 'groupReport' && request.period === 'month'
    ? '月调度'
    : KIND_WORDS[request.template];
}

/** What a template makes of the records gathered for it, with what was gathered. */
function laid<G extends { data: unknown }>(gathered: G, template: (data: G['data']) => Briefing) {
  return { ...gathered, briefing: template(gathered.data) };
}

/**
 * Builds one briefing from the open workspace: gathers the records the request names (an id
 * that names nothing fails with `not_found` naming the field) and hands them to the template.
 * Nothing is written.
 */
export function composeBriefing(
  session: Session,
  request: SingleBriefingRequest,
  marks: BriefingMarks,
): ComposedBriefing {
  const head: DocHead = {
    issuer: issuingUnit(session.store().meta),
    today: session.today(),
    marks,
  };
  const built = (() => {
    switch (request.template) {
      case 'projectBrief':
        return laid(gatherProjectBrief(session, request, head), projectBrief);
      case 'policyPackage':
        return laid(gatherPolicyPackage(session, request, head), policyPackage);
      case 'opportunityList':
        return laid(gatherOpportunityList(session, request, head), opportunityList);
      case 'groupReport':
        return laid(gatherGroupReport(session, request, head), groupReport);
      case 'tripAgenda':
        return laid(gatherTripAgenda(session, request, head), tripAgenda);
    }
  })();
  const kind = kindWord(request);
  return {
    briefing: { ...built.briefing, lexicon: workspaceLexicon(session) },
    title: `${kind}：${built.subject}`,
    fileStem: fileStemOf(kind, built.subject, head.today),
    recordIds: built.recordIds,
  };
}
