// A namespace import: a Node built without ICU has no `transcode`, and a named import would not link.
import * as nodeBuffer from 'node:buffer';

/**
 * ICU's converter turns Chinese-heavy UTF-8 into a string about twice as fast as V8's decoder
 * behind `toString('utf8')` and TextDecoder (Node 20–22): ~30 instead of ~60 ms for 22 MB.
 */
export const ICU_DECODES = ((): boolean => {
  try {
    const probe = '天水 ✓ 𠀀';
    return (
      nodeBuffer.transcode(Buffer.from(probe), 'utf8', 'utf16le').toString('utf16le') === probe
    );
  } catch {
    return false;
  }
})();

/** Valid UTF-8 only: anything else is decoded with replacement characters, not rejected. */
export function decodeUtf8(bytes: Buffer): string {
  return ICU_DECODES
    ? nodeBuffer.transcode(bytes, 'utf8', 'utf16le').toString('utf16le')
    : bytes.toString('utf8');
}

export function isUtf8(bytes: Buffer): boolean {
  return nodeBuffer.isUtf8(bytes);
}

export function isAscii(bytes: Buffer): boolean {
  return nodeBuffer.isAscii(bytes);
}
