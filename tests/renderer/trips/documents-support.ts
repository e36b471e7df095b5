// Test fixtures for a trip's documents: enterprises, attachments, folio details, pack versions.
import type {
  Enterprise,
  FolioDetail,
  Generation,
  Trip,
} from '../../../renderer/src/api/contract-types';
import { enterprise as listed, folio, groupSummary } from '../helpers/fixtures';
import { generation } from '../pages/documents/support';

const T = '2025-03-01T08:30:00.000+08:00';
type PackVersion = Trip['packVersions'][number];
type Attachment = FolioDetail['folio']['attachments'][number];

export const enterprise = (id: string, name: string): Enterprise =>
  listed(id, name, { headquarters: '福建省厦门市' });

export function attachment(id: string, name: string, mime: string): Attachment {
  return { id, name, mime, sha256: 'd'.repeat(64), size: 204_800, addedAt: T };
}

/** What `folios.get` answers for a folio of `enterprise` holding `attachments`. */
export function folioDetail(
  id: string,
  name: string,
  owner: Enterprise | null,
  attachments: Attachment[] = [],
): FolioDetail {
  return {
    folio: folio(id, name, { enterpriseId: owner?.id ?? null, attachments }),
    group: groupSummary('group-0001', '电子信息产业链专班'),
    enterprise: owner,
    leader: null,
    steward: null,
  };
}

export function packVersion(version: number, overrides: Partial<PackVersion> = {}): PackVersion {
  return {
    version,
    builtAt: '2025-03-20T21:40:00.000+08:00',
    builtBy: '王磊',
    copies: 3,
    duplex: true,
    fileSha256: `${String(version).repeat(12)}${'e'.repeat(52)}`,
    pageCount: 18,
    contents: ['考察行程'],
    fingerprints: [],
    generationId: `gen-00000${version}`,
    changes: ['首次生成'],
    ...overrides,
  };
}

/** A meeting pack written as Word and `copies` numbered PDFs. */
export function packGeneration(id: string, tripId: string, copies: number): Generation {
  const numbers = Array.from({ length: copies }, (_, i) => String(i + 1).padStart(3, '0'));
  return generation(id, {
    request: { template: 'meetingPack', tripId, copies, duplex: true },
    title: '会议材料',
    recordIds: [tripId],
    files: [
      {
        format: 'docx',
        name: '会议材料.docx',
        sha256: 'a'.repeat(64),
        bytes: 40_000,
        pageCount: null,
        copyNumber: null,
      },
      ...numbers.map((copyNumber) => ({
        format: 'pdf' as const,
        name: `会议材料-${copyNumber}.pdf`,
        sha256: 'b'.repeat(64),
        bytes: 900_000,
        pageCount: 18,
        copyNumber,
      })),
    ],
  });
}
