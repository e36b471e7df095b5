// Test fixtures for ledgers: an office-style .xlsx with a merged two-row header, and GBK bytes.
import ExcelJS from 'exceljs';

export type Row = Array<string | number | Date | null | { formula: string; result: number }>;

/** An .xlsx as an office makes one: a title, a two-row merged header, then the rows. */
export async function monthlyLedger(rows: Row[], options: { hiddenSheet?: boolean } = {}) {
  const book = new ExcelJS.Workbook();
  if (options.hiddenSheet) {
    const hidden = book.addWorksheet('旧数据');
    hidden.state = 'hidden';
    hidden.addRow(['项目名称', '总投资']);
  }
  const ws = book.addWorksheet('3月调度');
  ws.addRow(['2024年3月重点项目调度台账']);
  ws.mergeCells('A1:J1');
  ws.addRow([
    '序号',
    '项目名称',
    '所属专班',
    '投资情况',
    null,
    '推进情况',
    null,
    null,
    '包抓县级领导',
    '项目管家',
  ]);
  ws.addRow([
    null,
    null,
    null,
    '计划总投资（亿元）',
    '已到位资金（万元）',
    '项目阶段',
    '签约时间',
    '最新进展',
    null,
    null,
  ]);
  ws.mergeCells('A2:A3');
  ws.mergeCells('B2:B3');
  ws.mergeCells('C2:C3');
  ws.mergeCells('D2:E2');
  ws.mergeCells('F2:H2');
  ws.mergeCells('I2:I3');
  ws.mergeCells('J2:J3');
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  ws.addRow(['合计', null, null, 99]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const b64 = (bytes: Buffer) => bytes.toString('base64');

/** GBK bytes of text made only of characters in `table` (a tiny encoder for the test). */
export function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const cache = new Map<string, number[]>();
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    let bytes = cache.get(ch);
    if (!bytes) {
      search: for (let hi = 0x81; hi <= 0xfe; hi += 1) {
        for (let lo = 0x40; lo <= 0xfe; lo += 1) {
          if (decoder.decode(Uint8Array.of(hi, lo)) === ch) {
            bytes = [hi, lo];
            break search;
          }
        }
      }
      if (!bytes) throw new Error(`no GBK for ${ch}`);
      cache.set(ch, bytes);
    }
    out.push(...bytes);
  }
  return Buffer.from(out);
}
