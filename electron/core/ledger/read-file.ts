// Reads a ledger file (.xlsx or .csv) into sheets of cells; refuses .xls and encrypted files.
import type ExcelJS from 'exceljs';
import { LEDGER_LIMITS, refuseFile } from './limits';
import { type CellValue, MAX_CELL_CHARS } from './values';
import { loadExcel } from './excel';
import { checkXlsxZip } from './zip-guard';

/** One sheet as read: its cells by row (0-based), formulas already their cached results. */
export interface LedgerSheet {
  name: string;
  /** Hidden or very hidden in the workbook: shown to the officer, never chosen silently. */
  hidden: boolean;
  rows: CellValue[][];
}

export interface LedgerBook {
  kind: 'xlsx' | 'csv';
  sheets: LedgerSheet[];
}

const XLS_MESSAGE = '请在 Excel 或 WPS 中另存为 .xlsx 后再导入';
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** An OLE file is an .xls, or an .xlsx that Excel encrypted with a password. */
function refuseOle(bytes: Buffer): never {
  if (bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
    refuseFile('工作簿设置了打开密码，请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再导入');
  }
  refuseFile(`这是 Excel 97–2003 格式（.xls）的文件，${XLS_MESSAGE}`);
}

/** A cell's value: text, number, date or boolean; a formula gives its cached result only. */
function valueOf(raw: ExcelJS.CellValue): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string')
    return raw.length > MAX_CELL_CHARS ? raw.slice(0, MAX_CELL_CHARS + 1) : raw;
  if (typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return raw;
  if ('richText' in raw) return valueOf(raw.richText.map((r) => r.text).join(''));
  if ('formula' in raw || 'sharedFormula' in raw) {
    const result = (raw as { result?: unknown }).result;
    if (
      result === undefined ||
      (typeof result === 'object' && result !== null && 'error' in result)
    ) {
      return null;
    }
    return valueOf(result as ExcelJS.CellValue);
  }
  if ('text' in raw && typeof raw.text === 'string') return valueOf(raw.text);
  return null;
}

function readSheet(ws: ExcelJS.Worksheet): LedgerSheet {
  const hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  if (ws.actualRowCount > LEDGER_LIMITS.rows + 50) {
    refuseFile(
      `工作表“${ws.name}”有 ${ws.actualRowCount} 行，超过一次导入 ${LEDGER_LIMITS.rows} 行的上限，请拆分后分批导入`,
    );
  }
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (rowNumber > LEDGER_LIMITS.rows + 5_000) return;
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col > LEDGER_LIMITS.columns) {
        refuseFile(
          `工作表“${ws.name}”超过 ${LEDGER_LIMITS.columns} 列的上限，请删去多余的列后再导入`,
        );
      }
      cells[col - 1] = valueOf(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  return { name: ws.name, hidden, rows: Array.from(rows, (r) => r ?? []) };
}

async function readXlsx(bytes: Buffer): Promise<LedgerBook> {
  await checkXlsxZip(bytes);
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    refuseFile(
      '文件已损坏或不是有效的 .xlsx 文件，请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入',
    );
  }
  if (workbook.worksheets.length > LEDGER_LIMITS.sheets) {
    refuseFile(
      `工作簿有 ${workbook.worksheets.length} 个工作表，超过 ${LEDGER_LIMITS.sheets} 个的上限`,
    );
  }
  const sheets = workbook.worksheets.map(readSheet);
  if (sheets.length === 0) refuseFile('工作簿中没有工作表');
  return { kind: 'xlsx', sheets };
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GBK (Excel in China). */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

async function readCsv(bytes: Buffer, name: string): Promise<LedgerBook> {
  const { parse: parseCsv } = await import('csv-parse/sync');
  let records: string[][];
  try {
    records = parseCsv(decodeCsv(bytes), {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      to: LEDGER_LIMITS.rows + 51,
    }) as string[][];
  } catch {
    refuseFile('CSV 文件格式有误（引号未配对或行过长），请在 Excel 或 WPS 中另存为 .xlsx 后再导入');
  }
  if (records.length > LEDGER_LIMITS.rows + 50) {
    refuseFile(`文件超过一次导入 ${LEDGER_LIMITS.rows} 行的上限，请拆分后分批导入`);
  }
  const rows = records.map((record) => {
    if (record.length > LEDGER_LIMITS.columns) {
      refuseFile(`文件超过 ${LEDGER_LIMITS.columns} 列的上限，请删去多余的列后再导入`);
    }
    return record.map((v) => (v === '' ? null : valueOf(v)));
  });
  return { kind: 'csv', sheets: [{ name: name.replace(/\.csv$/i, ''), hidden: false, rows }] };
}

/** Reads an uploaded ledger within the limits, or refuses it with one message. */
export async function readLedgerFile(fileName: string, bytes: Buffer): Promise<LedgerBook> {
  if (bytes.length > LEDGER_LIMITS.fileBytes) {
    refuseFile(`文件超过 ${LEDGER_LIMITS.fileBytes / 1024 / 1024} MB 的上限，请拆分后再导入`);
  }
  if (bytes.length === 0) refuseFile('文件是空的');
  if (startsWith(bytes, CFB_MAGIC)) refuseOle(bytes);
  if (/\.xls$/i.test(fileName)) refuseFile(`.xls 文件无法直接导入，${XLS_MESSAGE}`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes);
  if (/\.csv$|\.txt$/i.test(fileName)) return readCsv(bytes, fileName);
  refuseFile('只能导入 .xlsx 或 .csv 文件');
}
