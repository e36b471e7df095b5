// @ts-check
/**
 * Draws the app icon (icon.png, 512 × 512) with no dependencies: a red rounded square, a white
 * folio with text lines, a gold seal. Re-run after changing it: `node resources/icons/make-icon.mjs`.
 * electron-builder finds icon.png in buildResources (resources/icons) and derives the .ico.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const pixels = Buffer.alloc(SIZE * SIZE * 4);

/** @param {number} x @param {number} y @param {[number, number, number, number]} rgba */
function blend(x, y, [r, g, b, a]) {
  const i = (y * SIZE + x) * 4;
  const dstA = (pixels[i + 3] ?? 0) / 255;
  const outA = a + dstA * (1 - a);
  const mix = (/** @type {number} */ src, /** @type {number} */ dst) =>
    outA === 0 ? 0 : Math.round((src * a + dst * dstA * (1 - a)) / outA);
  pixels[i] = mix(r, pixels[i] ?? 0);
  pixels[i + 1] = mix(g, pixels[i + 1] ?? 0);
  pixels[i + 2] = mix(b, pixels[i + 2] ?? 0);
  pixels[i + 3] = Math.round(outA * 255);
}

/** Coverage of a rounded rectangle at a pixel centre, with a one-pixel soft edge. */
function roundedRect(
  /** @type {number} */ x0,
  /** @type {number} */ y0,
  /** @type {number} */ x1,
  /** @type {number} */ y1,
  /** @type {number} */ radius,
  /** @type {[number, number, number]} */ rgb,
) {
  for (let y = Math.floor(y0); y < Math.ceil(y1); y += 1) {
    for (let x = Math.floor(x0); x < Math.ceil(x1); x += 1) {
      const px = x + 0.5;
      const py = y + 0.5;
      const dx = Math.max(x0 + radius - px, 0, px - (x1 - radius));
      const dy = Math.max(y0 + radius - py, 0, py - (y1 - radius));
      const distance = Math.hypot(dx, dy) - radius;
      const coverage = Math.min(1, Math.max(0, 0.5 - distance));
      if (coverage > 0) blend(x, y, [rgb[0], rgb[1], rgb[2], coverage]);
    }
  }
}

const RED = /** @type {[number, number, number]} */ ([178, 34, 34]);
const WHITE = /** @type {[number, number, number]} */ ([255, 252, 245]);
const INK = /** @type {[number, number, number]} */ ([120, 30, 30]);
const GOLD = /** @type {[number, number, number]} */ ([226, 176, 64]);

roundedRect(16, 16, 496, 496, 96, RED);
roundedRect(120, 92, 392, 420, 20, WHITE);
for (const [y, width] of [
  [150, 200],
  [196, 200],
  [242, 200],
  [288, 140],
]) {
  roundedRect(156, y, 156 + (width ?? 0), (y ?? 0) + 18, 9, INK);
}
roundedRect(292, 320, 380, 408, 44, GOLD);

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** @param {Buffer} bytes */
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y += 1)
  pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`icon.png: ${png.length} bytes`);
