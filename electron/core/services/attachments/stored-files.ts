/** Where a folio's stored attachment is on disk, as the shells serve or open it. */
import { attachmentPath } from '../../store/attachments';
import type { Session } from '../session';
import { safeMime } from './uploads';

/** Opens a stored file with the system's viewer (desktop only); rejects with the reason. */
export type OpenFile = (absolutePath: string, name: string) => Promise<void>;

/** A stored file as the web shell serves it. */
export interface AttachmentFile {
  path: string;
  name: string;
  /** Safe to send as Content-Type. */
  mime: string;
}

/** Where a folio's attachment lives on disk; null when the folio or the attachment is unknown. */
export function attachmentFile(
  session: Session,
  folioId: string,
  attachmentId: string,
): AttachmentFile | null {
  if (session.problem()) return null;
  const store = session.store();
  // Its address comes from a method, which waited for the folios; a stale one finds nothing yet.
  if (!store.loaded) return null;
  const ref = store.get('folios', folioId)?.attachments.find((a) => a.id === attachmentId);
  if (!ref) return null;
  return { path: attachmentPath(store.dir, ref.sha256), name: ref.name, mime: safeMime(ref.mime) };
}
