// Test helper: hand-made zips where every field a hostile maker could lie about can be set.
import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a hand-made zip; every field a hostile maker could lie about can be set. */
export interface RawEntry {
  name: string | Buffer;
  data?: Buffer | string;
  /** Default: UTF-8 flag set when `name` is a string. */
  flags?: number;
  deflate?: boolean;
  /** Unix mode in the upper 16 bits of the external attributes (0o120777 for a symlink). */
  unixMode?: number;
  extra?: Buffer;
  /** Lies in the central directory. */
  declaredSize?: number;
  declaredCompressedSize?: number;
  /** Point this entry's central record at another entry's local header. */
  sameDataAs?: number;
}

/** Builds a zip from raw entries (no data descriptors, no zip64): for hostile test files. */
export function buildZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  entries.forEach((entry, index) => {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
    const flags = entry.flags ?? (typeof entry.name === 'string' ? 0x800 : 0);
    const plain = Buffer.from(entry.data ?? '');
    const body = entry.deflate ? deflateRawSync(plain) : plain;
    const extra = entry.extra ?? Buffer.alloc(0);
    const crc = crc32(plain);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(plain.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const own = offset;
    if (entry.sameDataAs === undefined) {
      locals.push(local, name, extra, body);
      offset += 30 + name.length + extra.length + body.length;
    }
    offsets.push(entry.sameDataAs === undefined ? own : (offsets[entry.sameDataAs] ?? 0));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(entry.declaredCompressedSize ?? body.length, 20);
    central.writeUInt32LE(entry.declaredSize ?? plain.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(((entry.unixMode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offsets[index] ?? 0, 42);
    centrals.push(central, name, extra);
  });
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const sha256 = (data: Buffer | string): string =>
  createHash('sha256').update(data).digest('hex');

/** A minimal, valid bundle's entries, to be spoiled one way at a time. */
export function bundleEntries(
  options: {
    formatVersion?: number;
    records?: string;
    attachment?: { name: string; data: string; listedAs?: string };
    manifest?: (m: Record<string, unknown>) => Record<string, unknown>;
  } = {},
): RawEntry[] {
  const records =
    options.records ??
    JSON.stringify({
      schemaVersion: 2,
      workspaceId: 'w1',
      records: { folios: [], groups: [], enterprises: [], people: [], trips: [] },
      tombstones: [],
    });
  const files: RawEntry[] = [{ name: 'records.json', data: records, deflate: true }];
  const listed = [
    { name: 'records.json', sha256: sha256(records), size: Buffer.byteLength(records) },
  ];
  const attachments = [];
  if (options.attachment) {
    const a = options.attachment;
    files.push({ name: a.name, data: a.data });
    const hash = sha256(a.listedAs ?? a.data);
    listed.push({ name: a.name, sha256: hash, size: Buffer.byteLength(a.data) });
    attachments.push({
      entry: a.name,
      sha256: hash,
      size: Buffer.byteLength(a.data),
      folioId: 'f1',
    });
  }
  const manifest = {
    format: 'dossier-bundle',
    formatVersion: options.formatVersion ?? 1,
    appVersion: '0.1.0',
    schemaVersion: 2,
    workspaceId: 'w1',
    workspaceName: '测试',
    sender: '张三',
    createdAt: '2024-04-01T01:00:00.000Z',
    scope: { kind: 'all' },
    counts: { folios: 0 },
    entries: listed,
    attachments,
  };
  const text = JSON.stringify(options.manifest ? options.manifest(manifest) : manifest);
  return [...files, { name: 'manifest.json', data: text }];
}
