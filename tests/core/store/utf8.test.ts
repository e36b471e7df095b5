// Checks decoding shard bytes: exact text back, and invalid UTF-8 told apart.
import { describe, expect, it } from 'vitest';
import { decodeUtf8, isUtf8 } from '../../../electron/core/store/utf8';

describe('decoding shard bytes', () => {
  it('gives exactly the text that was written: ASCII, Chinese, symbols, characters beyond the BMP', () => {
    const text = JSON.stringify({
      name: '天水麻辣烫 ✓ 𠀀𝒜😀',
      notes: 'plain ASCII, "quotes" and \\ backslashes',
      mixed: '甘肃燧弘人工智能 AI 智算平台 2024-04-01 ¥1,000 万元',
    });
    const bytes = Buffer.from(text.repeat(200));
    expect(decodeUtf8(bytes)).toBe(text.repeat(200));
    expect(decodeUtf8(Buffer.alloc(0))).toBe('');
  });

  it('tells valid UTF-8 from bytes that are not', () => {
    const bytes = Buffer.from('天水');
    expect(isUtf8(bytes)).toBe(true);
    bytes[1] = 0xff;
    expect(isUtf8(bytes)).toBe(false);
  });
});
