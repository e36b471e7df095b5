// When an end-to-end test fails: a screenshot of every open page and what it showed, in the log.
import { beforeEach } from 'vitest';
import { launched, screenshot } from './harness';

/** Text of the things that explain a stuck step: open dialogs, field errors, messages. */
const TELLING = [
  '.ant-modal-wrap:visible .ant-modal-title',
  '.ant-form-item-explain-error',
  '.ant-message-notice',
  '.ant-notification-notice',
  '.ant-select-dropdown:visible',
].join(', ');

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(async () => {
    const pages = [...launched].flatMap((browser) =>
      browser.contexts().flatMap((context) => context.pages()),
    );
    const name = task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
    for (const [index, page] of pages.entries()) {
      if (page.isClosed()) continue;
      const shot = await screenshot(page, `failed-${name}-${index}`).catch(() => 'none');
      const telling = await page
        .locator(TELLING)
        .allInnerTexts()
        .catch(() => []);
      const focused = await page
        .evaluate<string>("document.activeElement?.outerHTML.slice(0, 200) ?? ''")
        .catch(() => '');
      console.error(
        [
          `failed test page ${index}: ${page.url()}`,
          `  screenshot: ${shot}`,
          `  showing: ${telling.map((text) => text.replace(/\s+/g, ' ')).join(' | ') || '(nothing telling)'}`,
          `  focus: ${focused}`,
        ].join('\n'),
      );
    }
  });
});
