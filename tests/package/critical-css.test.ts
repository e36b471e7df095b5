// The first screen's part of the app's sheet (index.html's head): every rule that may style its
// elements stays, as written and in order; rules for classes it does not have go.
import { describe, expect, it } from 'vitest';
import { criticalCss, mayMatch } from '../../scripts/first-screen/critical-css';

const CLASSES = new Set(['ant-btn', 'ant-btn-primary', 'ant-table', 'ant-table-row', 'shell']);

describe('the first screen’s rules, taken from the sheet at build', () => {
  it('weighs every class a selector names outside brackets and parentheses', () => {
    expect(mayMatch('.ant-btn', CLASSES)).toBe(true);
    expect(mayMatch('.shell .ant-table > .ant-table-row:hover', CLASSES)).toBe(true);
    expect(mayMatch('.ant-btn.ant-btn-dangerous', CLASSES)).toBe(false);
    expect(mayMatch('.ant-modal .ant-btn', CLASSES)).toBe(false);
    // Kept when in doubt: what :not(), :where() and attributes name is not weighed.
    expect(mayMatch('.ant-btn:not(.ant-btn-disabled)', CLASSES)).toBe(true);
    expect(mayMatch(':where(.css-var-x).ant-table', CLASSES)).toBe(true);
    expect(mayMatch('[class^="ant-"] .ant-btn', CLASSES)).toBe(true);
    expect(mayMatch('body', CLASSES)).toBe(true);
    expect(mayMatch('*', CLASSES)).toBe(true);
  });

  it('keeps the rules that may apply, as written and in order, and drops the rest', () => {
    const sheet = [
      'html,body{margin:0}',
      '.ant-modal{position:fixed}',
      '.ant-btn{color:red}',
      '.ant-modal,.ant-btn-primary{color:blue}',
      '.ant-btn:not(.ant-btn-disabled):hover{color:green}',
      '.ant-select .ant-btn{margin:0}',
    ].join('');
    expect(criticalCss(sheet, CLASSES)).toBe(
      [
        'html,body{margin:0}',
        '.ant-btn{color:red}',
        '.ant-modal,.ant-btn-primary{color:blue}',
        '.ant-btn:not(.ant-btn-disabled):hover{color:green}',
      ].join(''),
    );
  });

  it('keeps the at-rules its rules need and drops those left empty', () => {
    const sheet = [
      '@media (max-width:575px){.ant-btn{padding:0}.ant-modal{width:100%}}',
      '@media print{.ant-modal{display:none}}',
      '@supports (gap:1px){@media (min-width:1px){.ant-drawer{gap:1px}}}',
      '@font-face{font-family:x;src:url(x.woff2)}',
    ].join('');
    expect(criticalCss(sheet, CLASSES)).toBe(
      '@media (max-width:575px){.ant-btn{padding:0}}@font-face{font-family:x;src:url(x.woff2)}',
    );
  });

  it('keeps the keyframes a kept rule animates with, and only those', () => {
    const sheet = [
      '@keyframes spin{to{transform:rotate(1turn)}}',
      '@keyframes fade{to{opacity:0}}',
      '@keyframes wave{to{opacity:1}}',
      '.ant-table{animation:spin 1s infinite}',
      '.ant-btn{animation-name:wave}',
      '.ant-modal{animation:fade 1s}',
    ].join('');
    expect(criticalCss(sheet, CLASSES)).toBe(
      [
        '@keyframes spin{to{transform:rotate(1turn)}}',
        '@keyframes wave{to{opacity:1}}',
        '.ant-table{animation:spin 1s infinite}',
        '.ant-btn{animation-name:wave}',
      ].join(''),
    );
  });
});
