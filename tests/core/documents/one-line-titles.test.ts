// Checks that titles, headings, cover lines and keys print as one line without control characters.
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText } from '../../../electron/core/documents/clean-text';
import { prepareBriefing } from '../../../electron/core/documents/prepare';

describe('what a briefing prints', () => {
  it('prints a title, a heading, a cover line and a key as one line without controls', () => {
    const prepared = prepareBriefing({
      title: {
        title: '项目简报\n麻辣烫ABC\u202Egpj.exe\u200B',
        subtitle: '副\r\n标题',
        issuer: '天水市\u0007招商局',
        copyNumber: '0\n01',
      },
      blocks: [
        { kind: 'heading', level: 1, text: '一、基本\n情况\u2066' },
        { kind: 'keyValue', items: [{ key: '项目\n名称', value: '第一行\n第二行\u202E' }] },
      ],
    });
    expect(prepared.title).toBe('项目简报 麻辣烫ABCgpj.exe');
    expect(prepared.subtitle).toBe('副 标题');
    expect(prepared.header).toEqual(['0 01']);
    expect(prepared.byline).toBe('天水市招商局');
    expect(prepared.blocks[0]).toMatchObject({ text: '一、基本 情况' });
    // A value may run over lines; its hidden characters still go.
    expect(prepared.blocks[1]).toMatchObject({
      items: [{ key: '项目 名称', value: '第一行\n第二行' }],
    });
  });

  it('cleanLine is cleanText on one line', () => {
    expect(cleanText('a\r\nb\u200Bc\ud800')).toBe('a\nbc');
    expect(cleanLine('a\r\nb\u2028c')).toBe('a b c');
  });
});
