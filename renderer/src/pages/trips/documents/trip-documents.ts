// The pack's rules in the renderer: attachments it can merge, enterprises visited, the requests.
import type { Enterprise, Folio, FolioDetail, Trip, TripDetail } from '../../../api/contract-types';
import type { GenerateInput } from '../../documents/useDocumentJob';
import { toFormats, toMarks, type FormatChoice, type MarkValues } from '../../documents/requests';

export type AttachmentRef = Folio['attachments'][number];
export type PackVersion = Trip['packVersions'][number];
export type CopyEntry = Trip['copyRegister'][number];

/*
 * The pack engine's rules, repeated here because the renderer imports types only: which
 * schedule items get a section of the pack, and which attachments can go into it.
 */
const MEETS = new Set<Trip['days'][number]['items'][number]['kind']>([
  'site',
  'meeting',
  'forum',
  'signing',
]);
const PACKABLE = /^(application\/pdf|image\/png|image\/jpeg)$/;

/** An attachment the pack can merge in, with the folio it belongs to. */
export interface PackAttachment {
  key: string;
  folioId: string;
  folioName: string;
  attachment: AttachmentRef;
}

/** The PDFs and pictures of the folios the pack covers, in the order of the schedule. */
export function packAttachments(trip: Trip, folios: readonly FolioDetail[]): PackAttachment[] {
  const byId = new Map(folios.map((d) => [d.folio.id, d.folio]));
  const ids = trip.days.flatMap((day) =>
    day.items.filter((item) => MEETS.has(item.kind)).flatMap((item) => item.folioIds),
  );
  return [...new Set(ids)].flatMap((id) => {
    const folio = byId.get(id);
    if (!folio) return [];
    return folio.attachments
      .filter((a) => PACKABLE.test(a.mime))
      .map((attachment) => ({
        key: `${folio.id}/${attachment.id}`,
        folioId: folio.id,
        folioName: folio.name,
        attachment,
      }));
  });
}

/** The enterprises a trip visits: those it links, then those of its folios, each once. */
export function tripEnterprises(detail: TripDetail, folios: readonly FolioDetail[]): Enterprise[] {
  const all = [
    ...detail.enterprises,
    ...folios.flatMap((d) => (d.enterprise ? [d.enterprise] : [])),
  ];
  return all.filter((e, index) => all.findIndex((other) => other.id === e.id) === index);
}

/** What the 会议材料 form holds. */
export interface PackFormValues extends MarkValues {
  copies: number;
  duplex: boolean;
  /** `PackAttachment.key`s of the attachments ticked. */
  attachments: string[];
  format: FormatChoice;
}

export function packInput(
  tripId: string,
  values: PackFormValues,
  offered: readonly PackAttachment[],
): GenerateInput {
  const ticked = new Set(values.attachments);
  return {
    requests: [
      {
        template: 'meetingPack',
        tripId,
        copies: values.copies,
        duplex: values.duplex,
        attachments: offered
          .filter((a) => ticked.has(a.key))
          .map((a) => ({ folioId: a.folioId, attachmentId: a.attachment.id })),
      },
    ],
    formats: toFormats(values.format),
    marks: toMarks(values),
  };
}

/** What the 考察行程 and 政策包 forms hold. */
export interface BriefingFormValues extends MarkValues {
  format: FormatChoice;
  enterpriseIds?: string[];
}

export function agendaInput(tripId: string, values: BriefingFormValues): GenerateInput {
  return {
    requests: [{ template: 'tripAgenda', tripId }],
    formats: toFormats(values.format),
    marks: toMarks(values),
  };
}

/** One 政策包 per enterprise ticked. */
export function policyInput(values: BriefingFormValues): GenerateInput {
  return {
    requests: (values.enterpriseIds ?? []).map((enterpriseId) => ({
      template: 'policyPackage' as const,
      enterpriseId,
    })),
    formats: toFormats(values.format),
    marks: toMarks(values),
  };
}

/** The newest pack build, if the trip has one. */
export function currentVersion(trip: Trip): PackVersion | undefined {
  return trip.packVersions.at(-1);
}

/**
 * The register as a table: a row per copy of the newest pack (blank where nobody is entered
 * yet), then any registered copy beyond that number (kept from a larger earlier run).
 */
export function registerRows(trip: Trip): CopyEntry[] {
  const copies = currentVersion(trip)?.copies ?? 0;
  const registered = new Map(trip.copyRegister.map((e) => [e.copyNumber, e]));
  const numbers = new Set([
    ...Array.from({ length: copies }, (_, i) => i + 1),
    ...registered.keys(),
  ]);
  return [...numbers]
    .sort((a, b) => a - b)
    .map(
      (copyNumber) =>
        registered.get(copyNumber) ?? {
          copyNumber,
          recipient: '',
          unit: '',
          receivedAt: null,
          note: '',
        },
    );
}

/** Rows with nothing entered are left out of the saved register. */
export function filledRows(rows: readonly CopyEntry[]): CopyEntry[] {
  return rows.filter(
    (r) => r.recipient.trim() || r.unit.trim() || r.receivedAt !== null || r.note.trim(),
  );
}

/** 份号 as printed on the copies: three digits at least. */
export function copyLabel(copyNumber: number): string {
  return String(copyNumber).padStart(3, '0');
}
