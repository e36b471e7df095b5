// The bounds a ledger file is read within, and the refusal when it goes past them.
import { DossierError } from '../api/errors';

/** The bounds a ledger file is read within; past them it is refused, never half-read. */
export const LEDGER_LIMITS = {
  /** The file as uploaded. */
  fileBytes: 20 * 1024 * 1024,
  /** All parts of an .xlsx once unpacked. */
  unzippedBytes: 200 * 1024 * 1024,
  /** Parts of an .xlsx. */
  zipEntries: 5_000,
  /** Unpacked / packed size of one part, for parts above 1 MB. */
  zipRatio: 200,
  /** Data rows of the chosen sheet. */
  rows: 20_000,
  /** Columns holding anything. */
  columns: 300,
  /** Sheets in a workbook. */
  sheets: 100,
} as const;

/** The file cannot be read at all: one message that says what to do, naming the file. */
export function refuseFile(message: string): never {
  throw new DossierError('validation', message, [{ path: 'file', message }]);
}

/** Whether an error is such a refusal (the CLI answers it with exit code 2). */
export function isFileRefusal(error: unknown): boolean {
  return error instanceof DossierError && error.fields.some((f) => f.path === 'file');
}
