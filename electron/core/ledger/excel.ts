// exceljs, loaded the first time a ledger is read or written (it costs ~30 MB a session may never need).
import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | null = null;

/** The exceljs module, imported on first use and kept. */
export function loadExcel(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((m) => m.default);
  return loading;
}
