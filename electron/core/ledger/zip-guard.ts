// Checks an .xlsx's zip before exceljs reads it: entry count, declared sizes, real unpacked bytes.
import type yauzl from 'yauzl';
import { DossierError } from '../api/errors';
import { LEDGER_LIMITS, refuseFile } from './limits';

const BOMB = '文件解压后过大或结构异常（疑似压缩炸弹），已拒绝导入';

async function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  // Loaded on first use: most sessions never read a zip.
  const { fromBuffer } = await import('yauzl');
  return new Promise((resolve, reject) => {
    fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    );
  });
}

/** Counts the bytes one part really unpacks to; yauzl fails the stream past the declared size. */
function drain(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > budget) stream.destroy(new Error(BOMB));
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(total));
    });
  });
}

/**
 * Walks an .xlsx's parts before exceljs sees it: entry count, declared sizes and ratios, then
 * every part unpacked and counted (a part that unpacks past what it declares fails), so a zip
 * bomb is refused having cost at most the limit. Encrypted parts are refused too.
 */
export async function checkXlsxZip(bytes: Buffer): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    refuseFile('文件已损坏或不是有效的 .xlsx 文件');
  }
  try {
    if (zip.entryCount > LEDGER_LIMITS.zipEntries) refuseFile(BOMB);
    let used = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        const size = entry.uncompressedSize;
        const packed = Math.max(1, entry.compressedSize);
        if (entry.isEncrypted()) return reject(new Error('encrypted'));
        if (used + size > LEDGER_LIMITS.unzippedBytes) return reject(new Error(BOMB));
        if (size > 1024 * 1024 && size / packed > LEDGER_LIMITS.zipRatio) {
          return reject(new Error(BOMB));
        }
        drain(zip, entry, LEDGER_LIMITS.unzippedBytes - used).then((n) => {
          used += n;
          zip.readEntry();
        }, reject);
      });
      zip.readEntry();
    });
  } catch (error) {
    if (error instanceof DossierError) throw error;
    if (error instanceof Error && error.message === 'encrypted') {
      refuseFile('工作簿已加密，请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入');
    }
    if (error instanceof Error && error.message === BOMB) refuseFile(BOMB);
    refuseFile('文件已损坏或不是有效的 .xlsx 文件');
  } finally {
    zip.close();
  }
}
