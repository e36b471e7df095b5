// The build's trim of antd's static sheet: rules of components the app never shows go, the rest stays as written.
import { describe, expect, it } from 'vitest';
import { withoutUnusedAntd } from '../../electron.vite.config';

describe("antd's sheet, trimmed at build", () => {
  it('drops rules naming only unused components and keeps the rest, at-rules whole', () => {
    const sheet = [
      '.ant-tree-node{color:red}',
      '.ant-select-tree{color:blue}',
      '.ant-btn .ant-tree{margin:0}',
      '@media (max-width:575px){.ant-tree{display:none}}',
      '.ant-btn::after{content:"{ .ant-tree }"}',
      '.ant-drawer,.ant-slider{opacity:0}',
    ].join('');
    expect(withoutUnusedAntd(sheet)).toBe(
      [
        '.ant-select-tree{color:blue}',
        '.ant-btn .ant-tree{margin:0}',
        '@media (max-width:575px){.ant-tree{display:none}}',
        '.ant-btn::after{content:"{ .ant-tree }"}',
      ].join(''),
    );
  });
});
