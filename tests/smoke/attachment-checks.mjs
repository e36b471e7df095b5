// @ts-check
/** Smoke check of attachments.open on the desktop: the core hands the file to shell.openPath. */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ipcCaller, obj } from './checks.mjs';

/** @param {import('./checks.mjs').SmokeContext} context */
export async function attachmentChecks(context) {
  const { checks, fake, paths } = context;
  const { recorder, shell, nextCall } = fake;
  const check = checks.check.bind(checks);
  const { APP_PAGE, IPC_CHANNEL } = paths;

  const call = ipcCaller(context);

  await checks.run('attachments', async () => {
    const bytes = Buffer.from('天水招商项目考察安排', 'utf8');
    const group = await call('groups.create', { name: '冒烟测试专班', kind: 'project' });
    const folio = await call('folios.create', { groupId: group.id, name: '冒烟测试项目' });
    const added = await call('attachments.add', {
      folioId: folio.id,
      rev: folio.rev,
      name: '考察安排.pdf',
      mime: 'application/pdf',
      dataBase64: bytes.toString('base64'),
    });
    const ref = obj(/** @type {unknown[]} */ (added.attachments)[0]);

    const opening = nextCall('shell.openPath', 5000);
    const opened = await call('attachments.open', { folioId: folio.id, attachmentId: ref.id });
    const [path] = /** @type {[string]} */ (await opening);
    check(
      'attachments',
      'open → { opened: true, url: null }',
      opened.opened === true && opened.url === null,
      opened,
    );
    check(
      'attachments',
      'shell.openPath gets a copy under the real name',
      basename(path) === '考察安排.pdf',
      path,
    );
    check('attachments', 'the copy holds the bytes', readFileSync(path).equals(bytes), path);
    check(
      'attachments',
      'the copy is read-only',
      (statSync(path).mode & 0o222) === 0,
      statSync(path).mode,
    );

    shell.openPathResult = 'Failed to open path';
    const handler = recorder.ipcHandlers.get(IPC_CHANNEL);
    const failed = obj(
      await handler?.({ senderFrame: { url: APP_PAGE } }, 'attachments.open', {
        folioId: folio.id,
        attachmentId: ref.id,
      }),
    );
    shell.openPathResult = '';
    const message = String(obj(failed.error).message);
    check(
      'attachments',
      'a failing openPath becomes a Chinese error naming the file',
      failed.ok === false && message.startsWith('无法用系统程序打开附件“考察安排.pdf”'),
      failed,
    );
  });
}
