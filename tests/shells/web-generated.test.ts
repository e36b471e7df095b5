// Checks GET /generated/: generated files downloaded or a PDF shown inline, token required, 404s.
import { describe, expect, it, onTestFinished } from 'vitest';
import { startWebServer } from '../../electron/web/server';
import { openTestCore } from '../helpers/core';
import { demoBriefJob } from '../helpers/demo-brief';
import { send } from './helpers/http';
import { makeTempDir } from '../helpers/temp-dir';

const TOKEN = 'generated-token-0123456789abcdefgh';

/** The web shell over a core that has generated one 项目简报 in both formats. */
async function serverWithBriefing() {
  const t = await openTestCore();
  const job = await demoBriefJob(t);
  const generation = job.generations[0];
  if (!generation) throw new Error('the briefing was generated');
  const server = await startWebServer({
    registry: t.core.registry,
    generatedFile: (id, format) => t.core.generatedFile(id, format),
    rendererRoot: await makeTempDir('dossier-generated-renderer-'),
    token: TOKEN,
    port: 0,
  });
  onTestFinished(() => server.close());
  const opened = await t.call('documents.open', { generationId: generation.id, format: 'pdf' });
  return { server, generation, url: opened.url ?? '' };
}

describe('web shell: GET /generated/<generationId>/<format>', () => {
  it('downloads a generated file under its Chinese name, or shows a PDF inline for printing', async () => {
    const { server, generation, url } = await serverWithBriefing();
    const download = await send(server.port, { path: `${url}?token=${TOKEN}` });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(download.headers['content-security-policy']).toBe('sandbox');
    expect(Number(download.headers['content-length'])).toBe(
      generation.files.find((f) => f.format === 'pdf')?.bytes,
    );
    const inline = await send(server.port, { path: `${url}?token=${TOKEN}&inline=1` });
    expect(inline.headers['content-disposition']).toBe('inline');
    // Word files never open inline in the browser.
    const docx = await send(server.port, {
      path: `/generated/${generation.id}/docx?token=${TOKEN}&inline=1`,
    });
    expect(docx.headers['content-disposition']).toContain('attachment');
  });

  it('refuses without the token and answers 404 for unknown generations or formats', async () => {
    const { server, generation, url } = await serverWithBriefing();
    expect((await send(server.port, { path: url })).status).toBe(401);
    for (const path of [`/generated/nope-nope-nope/pdf`, `/generated/${generation.id}/odt`]) {
      expect((await send(server.port, { path: `${path}?token=${TOKEN}` })).status).toBe(404);
    }
  });
});
