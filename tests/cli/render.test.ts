// Checks `npm run render`: its flags and refusals, and the demo's briefings written in both formats.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRenderArgs } from '../../electron/cli/render-args';
import { runRender } from '../../electron/cli/run-render';
import { TEMPLATE_NAMES } from '../../electron/core/model/briefing-request';
import { makeTempDir } from '../helpers/temp-dir';
import { bodyText, readPdf } from '../core/documents/helpers/read-pdf';

describe('npm run render: arguments', () => {
  it('reads the documented flags', () => {
    const args = parseRenderArgs(
      ['--demo', '--template', 'all', '--format', 'both', '--out', 'out'],
      '/work',
    );
    expect(args).toMatchObject({
      dataDir: null,
      // `all` is every briefing the app makes, in the order it lists them.
      templates: [...TEMPLATE_NAMES],
      copies: 1,
      duplex: false,
      formats: ['docx', 'pdf'],
      out: '/work/out',
    });
  });

  it.each([
    [['--template', 'all', '--format', 'pdf', '--out', 'o'], '--demo 或 --data-dir'],
    [['--demo', '--template', 'memo', '--format', 'pdf', '--out', 'o'], '--template'],
    [['--demo', '--template', 'all', '--format', 'odt', '--out', 'o'], '--format'],
    [['--demo', '--template', 'all', '--format', 'pdf'], '--out'],
    [['--demo', '--template', 'all', '--format', 'pdf', '--out', 'o', '--from', '3/1'], '--from'],
    [['--demo', '--colour'], '--colour'],
    [['--demo', '--template', 'all', '--format', 'pdf', '--out', 'o', '--copies', '0'], '--copies'],
  ])('refuses %j, naming %s', (argv, flag) => {
    expect(() => parseRenderArgs(argv)).toThrow(flag);
  });
});

describe('npm run render: output', () => {
  it('renders the demo briefings of a template in both formats into --out', async () => {
    const out = await makeTempDir();
    const report = await runRender({
      ...parseRenderArgs([
        '--demo',
        '--template',
        'opportunityList',
        '--format',
        'both',
        '--out',
        out,
      ]),
    });
    expect(report.failures).toEqual([]);
    // One list of every folio, then one per working group.
    expect(report.rows.length).toBeGreaterThan(2);
    for (const row of report.rows) {
      expect(row.files.map((f) => f.path.slice(-4))).toEqual(['docx', '.pdf']);
      expect(row.files.every((f) => f.path.startsWith(join(out, 'opportunityList')))).toBe(true);
    }
    const first = report.rows[0]?.files[1];
    const text = bodyText(await readPdf(new Uint8Array(readFileSync(first?.path ?? ''))));
    expect(text).toContain('投资机会清单');
    expect(text).toContain('合计');
  });
});
