// Checks hostile ledgers: .xls and encrypted files, zip bombs, hidden sheets, controls, size limits.
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../helpers/core';
import { b64 } from './ledger-fixtures';

async function book(fill: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('hostile ledgers', () => {
  it('refuses .xls and password-protected workbooks with what to do', async () => {
    const t = await openTestCore();
    const xls = Buffer.concat([Buffer.from(OLE), Buffer.alloc(2048)]);
    const oldFormat = await t.fail('ledger.preview', { fileName: 'a.xls', dataBase64: b64(xls) });
    expect(oldFormat.message).toContain('请在 Excel 或 WPS 中另存为 .xlsx 后再导入');
    const locked = Buffer.concat([Buffer.from(OLE), Buffer.from('EncryptedPackage', 'utf16le')]);
    const encrypted = await t.fail('ledger.preview', {
      fileName: 'a.xlsx',
      dataBase64: b64(locked),
    });
    expect(encrypted.message).toContain('密码');
  });

  it('refuses a zip bomb before unpacking it', async () => {
    const t = await openTestCore();
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const bomb = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': [zeros, { level: 1 }] }));
    expect(bomb.length).toBeLessThan(200 * 1024);
    const error = await t.fail('ledger.preview', { fileName: 'bomb.xlsx', dataBase64: b64(bomb) });
    expect(error.message).toContain('压缩炸弹');
  });

  it('takes cached formula results, flags hidden sheets, strips control characters', async () => {
    const t = await openTestCore();
    const bytes = await book((wb) => {
      const hidden = wb.addWorksheet('草稿');
      hidden.state = 'veryHidden';
      const ws = wb.addWorksheet('台账');
      ws.addRow(['项目名称', '总投资（万元）', '所在地']);
      ws.addRow([
        '清水县\u0007光伏项目',
        { formula: 'SUM(1000,2000)', result: 3000 },
        '清水县\u0000',
      ]);
    });
    const preview = await t.call('ledger.preview', { fileName: 'f.xlsx', dataBase64: b64(bytes) });
    expect(preview.sheets).toEqual([
      { name: '草稿', hidden: true, rows: 0 },
      { name: '台账', hidden: false, rows: 2 },
    ]);
    expect(preview.sheet).toBe('台账');
    expect(preview.rows[0]?.name).toBe('清水县光伏项目');
    await t.call('ledger.apply', { fileName: 'f.xlsx', dataBase64: b64(bytes) });
    const [folio] = await t.call('folios.list', {});
    const detail = await t.call('folios.get', { id: folio?.id ?? '' });
    expect(detail.folio.totalInvestment).toBe(3000);
    expect(detail.folio.location).toBe('清水县');
  });

  it('refuses too many rows or columns, and reports a 1 MB cell on its row', async () => {
    const t = await openTestCore();
    const rows = ['项目名称'];
    for (let i = 0; i < 25_000; i += 1) rows.push(`项目${i}`);
    const tall = await t.fail('ledger.preview', {
      fileName: 'tall.csv',
      dataBase64: b64(Buffer.from(rows.join('\n'))),
    });
    expect(tall.message).toContain('20000 行');
    const wide = await t.fail('ledger.preview', {
      fileName: 'wide.csv',
      dataBase64: b64(Buffer.from(Array.from({ length: 1000 }, (_, i) => `列${i}`).join(','))),
    });
    expect(wide.message).toContain('300 列');
    const huge = `项目名称,备注\n"${'长'.repeat(1024 * 1024)}",x\n好项目,y\n`;
    const preview = await t.call('ledger.preview', {
      fileName: 'big.csv',
      dataBase64: b64(Buffer.from(huge)),
    });
    expect(preview.problems[0]?.text).toBe('第 2 行 项目名称：内容超过 120 个字');
    expect(preview.counts).toMatchObject({ new: 1, problem: 1 });
  });
});
