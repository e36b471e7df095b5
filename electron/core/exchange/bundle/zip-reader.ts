// A bounded zip reader: entry count, sizes and compression ratios refused past limits before reading.
import { open as openFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import type yauzl from 'yauzl';
import { checkEntryName, collisionKey, decodeEntryName, type NameEncoding } from './entry-names';
import { refuse } from './refusal';

/** Bounds on what a received zip may hold; anything past them is refused before it is read. */
export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed, for entries over `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxEntries: 100_000,
  maxEntryBytes: 4 * 1024 ** 3,
  maxTotalBytes: 32 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntryInfo {
  /** Decoded and checked, without a trailing slash. */
  name: string;
  directory: boolean;
  size: number;
  compressedSize: number;
  /** How the name was decoded. */
  encoding: NameEncoding;
  raw: yauzl.Entry;
}

const SYMLINK = 0o120000;
const FILE_TYPE = 0o170000;
const ZIP_SIGNATURES = ['504b0304', '504b0506', '504b0708'];

/** Reads the first bytes: refuses an empty file and one that is no zip at all. */
export async function fileHead(path: string, bytes = 16): Promise<Buffer> {
  const handle = await openFile(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function checkZipHead(head: Buffer): void {
  if (head.length === 0) throw refuse('文件是空的（0 字节），不是卷宗或压缩包。');
  if (!ZIP_SIGNATURES.includes(head.subarray(0, 4).toString('hex'))) {
    throw refuse('该文件不是卷宗（.dossier）或 zip 压缩包，无法读取。');
  }
}

async function openZip(path: string): Promise<yauzl.ZipFile> {
  // Loaded on first use: most sessions never read a zip.
  const { open } = await import('yauzl');
  return new Promise((resolve, reject) =>
    open(
      path,
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false },
      (error, zip) =>
        error
          ? reject(refuse(`压缩包不完整或已损坏，无法读取目录（${error.message}）。`))
          : resolve(zip),
    ),
  );
}

function readCentralDirectory(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) =>
      reject(
        refuse(
          /size mismatch/.test(error.message)
            ? `压缩包中有条目声明的大小与实际不一致（${error.message}），已拒绝。`
            : `压缩包的目录已损坏或被截断（${error.message}）。`,
        ),
      ),
    );
    zip.readEntry();
  });
}

/** Checks one central-directory entry on its own; returns it decoded. */
function checkEntry(entry: yauzl.Entry, limits: ZipLimits): ZipEntryInfo {
  const decoded = decodeEntryName({
    fileName: entry.fileNameRaw,
    generalPurposeBitFlag: entry.generalPurposeBitFlag,
    extraFields: entry.extraFields,
  });
  const name = checkEntryName(decoded.name);
  const shown = `“${name}”`;
  const directory = entry.fileNameRaw[entry.fileNameRaw.length - 1] === 0x2f;
  if (((entry.externalFileAttributes >>> 16) & FILE_TYPE) === SYMLINK) {
    throw refuse(`压缩包中的${shown}是符号链接，已拒绝。`);
  }
  if (entry.isEncrypted()) throw refuse(`压缩包中的${shown}使用了 zip 密码加密，无法读取。`);
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw refuse(`压缩包中的${shown}使用了不支持的压缩方式（${entry.compressionMethod}）。`);
  }
  const size = entry.uncompressedSize;
  if (directory && size > 0) throw refuse(`压缩包中的文件夹${shown}声明了内容，大小不符。`);
  if (entry.compressionMethod === 0 && entry.compressedSize !== size) {
    throw refuse(
      `压缩包中${shown}声明的大小与实际不一致（未压缩条目 ${entry.compressedSize} ≠ ${size} 字节）。`,
    );
  }
  if (size > limits.maxEntryBytes) {
    throw refuse(
      `压缩包中的${shown}解压后有 ${size} 字节，超过单个文件 ${limits.maxEntryBytes} 字节的上限（疑似压缩炸弹）。`,
    );
  }
  if (size > limits.ratioFloorBytes && size / Math.max(1, entry.compressedSize) > limits.maxRatio) {
    throw refuse(
      `压缩包中的${shown}压缩比异常（${Math.round(size / Math.max(1, entry.compressedSize))} 倍，疑似压缩炸弹）。`,
    );
  }
  return {
    name,
    directory,
    size,
    compressedSize: entry.compressedSize,
    encoding: decoded.encoding,
    raw: entry,
  };
}

/** Refuses entries whose data overlap (a zip bomb's trick) or run past the end of the file. */
function checkLayout(entries: readonly ZipEntryInfo[], fileSize: number): void {
  const sorted = [...entries].sort(
    (a, b) => a.raw.relativeOffsetOfLocalHeader - b.raw.relativeOffsetOfLocalHeader,
  );
  for (const [i, e] of sorted.entries()) {
    const end = e.raw.relativeOffsetOfLocalHeader + 30 + e.raw.fileNameLength + e.compressedSize;
    const next = sorted[i + 1]?.raw.relativeOffsetOfLocalHeader ?? fileSize;
    if (end > next) {
      throw refuse(
        i + 1 < sorted.length
          ? `压缩包中的条目“${e.name}”与其他条目的数据重叠（疑似压缩炸弹），已拒绝。`
          : `压缩包不完整：“${e.name}”的数据超出了文件末尾（文件被截断）。`,
      );
    }
  }
}

/** A received zip whose directory passed every check; entries are read one at a time. */
export class ZipReader {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: readonly ZipEntryInfo[],
  ) {}

  static async open(path: string, limits: ZipLimits = DEFAULT_LIMITS): Promise<ZipReader> {
    checkZipHead(await fileHead(path));
    const zip = await openZip(path);
    try {
      if (zip.entryCount > limits.maxEntries) {
        throw refuse(`压缩包有 ${zip.entryCount} 个条目，超过 ${limits.maxEntries} 个的上限。`);
      }
      const entries = (await readCentralDirectory(zip)).map((e) => checkEntry(e, limits));
      const seen = new Map<string, string>();
      let total = 0;
      for (const entry of entries) {
        const key = collisionKey(entry.name);
        const before = seen.get(key);
        if (before !== undefined) {
          throw refuse(
            `压缩包中有重名的文件：“${before}”和“${entry.name}”（不区分大小写时相同）。`,
          );
        }
        seen.set(key, entry.name);
        total += entry.size;
      }
      if (total > limits.maxTotalBytes) {
        throw refuse(
          `压缩包解压后共 ${total} 字节，超过 ${limits.maxTotalBytes} 字节的上限（疑似压缩炸弹）。`,
        );
      }
      checkLayout(entries, zip.fileSize);
      return new ZipReader(zip, entries);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  find(name: string): ZipEntryInfo | undefined {
    return this.entries.find((e) => e.name === name);
  }

  /**
   * The entry's bytes, as a stream that fails when they run past or short of the declared
   * size or their CRC-32 is not the declared one.
   */
  async *read(entry: ZipEntryInfo): AsyncGenerator<Buffer> {
    const stream = await new Promise<Readable>((resolve, reject) =>
      this.zip.openReadStream(entry.raw, (error, s) =>
        error
          ? reject(refuse(`压缩包中“${entry.name}”无法读取（${error.message}）。`))
          : resolve(s),
      ),
    );
    let crc = 0;
    let size = 0;
    try {
      for await (const chunk of stream) {
        const bytes = chunk as Buffer;
        crc = crc32(bytes, crc);
        size += bytes.length;
        yield bytes;
      }
    } catch (error) {
      stream.destroy();
      const reason = error instanceof Error ? error.message : String(error);
      throw refuse(`压缩包中“${entry.name}”的数据已损坏或大小与声明不符（${reason}）。`);
    }
    if (size !== entry.size) throw refuse(`压缩包中“${entry.name}”的实际大小与声明不符。`);
    if (crc !== entry.raw.crc32)
      throw refuse(`压缩包中“${entry.name}”的校验值（CRC）不符，数据已损坏。`);
  }

  /** The whole entry in memory, refused past `maxBytes` (before reading). */
  async bytes(entry: ZipEntryInfo, maxBytes: number, label: string): Promise<Buffer> {
    if (entry.size > maxBytes) {
      throw refuse(`${label}有 ${entry.size} 字节，超过 ${maxBytes} 字节的上限。`);
    }
    const chunks: Buffer[] = [];
    for await (const chunk of this.read(entry)) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  close(): void {
    this.zip.close();
  }
}
