// Test fixture: received files that must be refused, each for its own reason (traversal, bombs, names).
import { crc32 } from 'node:zlib';
import { buildZip, bundleEntries, type RawEntry } from '../../helpers/zip-builder';

export interface HostileCase {
  name: string;
  bytes: () => Buffer;
  /** A part of the refusal message. */
  expect: string;
  /** Needs a core with small limits (counts and sizes that would be slow to build for real). */
  smallLimits?: boolean;
}

const zip = (entries: RawEntry[]) => () => buildZip(entries);
const withEvil = (entry: RawEntry) => zip([...bundleEntries(), entry]);
const GBK_NAME = Buffer.from('b8bdbcfe2fcceccbaec2e9c0b1ccccd5d0c9cccdc6bde92e747874', 'hex');

export const SMALL_LIMITS = {
  maxEntries: 20,
  maxEntryBytes: 64 * 1024,
  maxTotalBytes: 256 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

/** Received files that must be refused, each for its own reason. */
export const HOSTILE: HostileCase[] = [
  { name: 'empty file', bytes: () => Buffer.alloc(0), expect: '文件是空的' },
  { name: 'not a zip', bytes: () => Buffer.from('这不是压缩包'), expect: '不是卷宗' },
  {
    name: 'truncated zip',
    bytes: () => {
      const whole = buildZip(bundleEntries());
      return whole.subarray(0, whole.length - 30);
    },
    expect: '损坏',
  },
  {
    name: 'path traversal',
    bytes: withEvil({ name: '../evil.txt', data: 'x' }),
    expect: '目标文件夹之外',
  },
  {
    name: 'nested traversal',
    bytes: withEvil({ name: 'a/../../evil.txt', data: 'x' }),
    expect: '目标文件夹之外',
  },
  { name: 'absolute path', bytes: withEvil({ name: '/etc/evil', data: 'x' }), expect: '绝对路径' },
  { name: 'backslash', bytes: withEvil({ name: '..\\evil.txt', data: 'x' }), expect: '反斜杠' },
  { name: 'drive letter', bytes: withEvil({ name: 'C:evil.txt', data: 'x' }), expect: '盘符' },
  {
    name: 'symlink',
    bytes: withEvil({ name: 'link', data: '/etc/passwd', unixMode: 0o120777 }),
    expect: '符号链接',
  },
  {
    name: 'duplicate name',
    bytes: zip([...bundleEntries(), { name: 'a.txt', data: '1' }, { name: 'a.txt', data: '2' }]),
    expect: '重名',
  },
  {
    name: 'duplicate name, other case',
    bytes: zip([
      ...bundleEntries(),
      { name: '项目/A.txt', data: '1' },
      { name: '项目/a.TXT', data: '2' },
    ]),
    expect: '重名',
  },
  {
    name: 'Windows reserved name',
    bytes: withEvil({ name: '项目/CON.txt', data: 'x' }),
    expect: '保留名称',
  },
  {
    name: 'too many entries',
    bytes: zip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' }))),
    expect: '个条目，超过',
    smallLimits: true,
  },
  {
    name: 'entry too big',
    bytes: withEvil({ name: 'big.bin', data: Buffer.alloc(100 * 1024, 7) }),
    expect: '单个文件',
    smallLimits: true,
  },
  {
    name: 'total too big',
    bytes: zip(
      Array.from({ length: 5 }, (_, i) => ({
        name: `p${i}.bin`,
        data: Buffer.alloc(60 * 1024, i),
      })),
    ),
    expect: '解压后共',
    smallLimits: true,
  },
  {
    name: 'compression-ratio bomb',
    bytes: withEvil({ name: 'zeros.bin', data: Buffer.alloc(8 * 1024 * 1024), deflate: true }),
    expect: '压缩比异常',
  },
  {
    name: 'overlapping entries',
    bytes: zip([
      ...bundleEntries(),
      { name: 'a.txt', data: 'abc' },
      { name: 'b.txt', data: 'abc', sameDataAs: 2 },
    ]),
    expect: '重叠',
  },
  {
    name: 'stored entry with a lying size',
    bytes: withEvil({ name: 'lie.txt', data: 'abcdef', declaredSize: 3 }),
    expect: '大小与实际不一致',
  },
  {
    name: 'deflated entry bigger than declared',
    bytes: () => {
      const entries = bundleEntries({
        manifest: (m) => ({
          ...m,
          entries: (m.entries as { name: string }[]).map((e) =>
            e.name === 'records.json' ? { ...e, size: 10 } : e,
          ),
        }),
      });
      entries[0] = { ...entries[0], name: 'records.json', declaredSize: 10 };
      return buildZip(entries);
    },
    expect: '与声明不符',
  },
  {
    name: 'zip-encrypted entry',
    bytes: withEvil({ name: 'secret.txt', data: 'xxxxxxxxxxxxxxxx', flags: 0x801, deflate: true }),
    expect: 'zip 密码加密',
  },
  {
    name: 'name neither UTF-8 nor GBK',
    bytes: withEvil({ name: Buffer.from([0x81, 0x20, 0x2e, 0x74]), data: 'x' }),
    expect: '文件名无法识别',
  },
  {
    name: 'plain zip, no manifest',
    bytes: zip([{ name: GBK_NAME, data: 'x' }]),
    expect: '没有 manifest.json',
  },
  {
    name: 'future format version',
    bytes: zip(bundleEntries({ formatVersion: 99 })),
    expect: '更新版本',
  },
  {
    name: 'manifest not JSON',
    bytes: zip([...bundleEntries().slice(0, -1), { name: 'manifest.json', data: '{"format":' }]),
    expect: '不是有效的 JSON',
  },
  {
    name: 'records fail the schema',
    bytes: zip(bundleEntries({ records: JSON.stringify({ schemaVersion: 2, records: 'none' }) })),
    expect: 'records.json 不符合格式',
  },
  {
    name: 'entry not in the manifest',
    bytes: withEvil({ name: '项目/多出来的.txt', data: 'x' }),
    expect: '不在清单中',
  },
  {
    name: 'manifest lists a missing entry',
    bytes: zip(
      bundleEntries({
        manifest: (m) => ({
          ...m,
          entries: [
            ...(m.entries as object[]),
            { name: '丢了.pdf', sha256: 'a'.repeat(64), size: 1 },
          ],
        }),
      }),
    ),
    expect: '不在文件中',
  },
  {
    name: 'attachment bytes do not match the hash',
    bytes: zip(
      bundleEntries({ attachment: { name: '项目/报告.txt', data: '改过的', listedAs: '原来的' } }),
    ),
    expect: 'SHA-256 不符',
  },
  {
    name: 'unicode path field with a wrong CRC falls back to GBK',
    bytes: () => {
      const field = Buffer.concat([
        Buffer.from([0x75, 0x70, 0, 0, 1]),
        Buffer.alloc(4),
        Buffer.from('../x', 'utf8'),
      ]);
      field.writeUInt16LE(field.length - 4, 2);
      field.writeUInt32LE((crc32(Buffer.from('other')) + 1) >>> 0, 5);
      return buildZip([...bundleEntries(), { name: GBK_NAME, data: 'x', extra: field }]);
    },
    expect: '不在清单中',
  },
];
