// The folio list drawn before the app's code runs: from the template the build prerenders, the
// real first page's rows, each cell of its kind; and nothing drawn where the template does not fit.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  DossierApi,
  FolioSummary,
  WorkspaceStatus,
} from '../../../renderer/src/api/contract-types';
import { startFirstReads } from '../../../renderer/src/app/first-reads';
import { STAGE_COLORS } from '../../../renderer/src/components/StageTag';
import { drawFirstScreen } from '../../../renderer/src/first-screen/draw';
import type { FirstScreenParts } from '../../../renderer/src/first-screen/parts';
import { prerenderFolioList } from '../../../renderer/src/first-screen/prerender';
import { LANG_STORAGE_KEY } from '../../../renderer/src/i18n/lang';
import { fakeApi } from '../helpers/fake-api';
import { fakeFolioPage } from '../helpers/fake-folio-page';
import { folioSummary, readyStatus } from '../helpers/fixtures';

let parts: FirstScreenParts;

beforeAll(async () => {
  window.location.hash = '#/folios';
  parts = await prerenderFolioList();
});

/** index.html as the build writes it: #root, and the template beside it. */
function pageWithTemplate(): HTMLElement {
  document.body.innerHTML = '<div id="root"></div>';
  const template = document.createElement('template');
  template.id = 'first-screen';
  template.dataset.summary = parts.summary;
  template.dataset.yiUnit = parts.yiUnit;
  template.innerHTML = `<style>${parts.css}</style>${parts.markup}`;
  document.body.append(template);
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  return root;
}

async function draw(hash: string, status: WorkspaceStatus, rows: FolioSummary[]) {
  const root = pageWithTemplate();
  const api: DossierApi = fakeApi({
    'workspace.status': () => Promise.resolve(status),
    'folios.page': fakeFolioPage(rows),
  });
  startFirstReads(api, hash);
  await drawFirstScreen(hash);
  return root;
}

const cellOf = (row: Element, column: string) => {
  const cell = row.querySelector(`td.folio-col-${column}`);
  if (!cell) throw new Error(`no ${column} cell`);
  return cell;
};

afterEach(() => {
  localStorage.clear();
  document.body.innerHTML = '';
});

describe('the first screen of the folio list', () => {
  it("shows the first page: every cell of its kind, with the folio's own texts and links", async () => {
    const rows = [
      folioSummary('folio-0001', '华天科技<b>封测</b>扩能项目', {
        stage: 'signed',
        overdueItems: 2,
        openBlockers: 0,
        totalInvestment: 1_234_567,
        updatedAt: '2026-11-30T08:00:00.000Z',
      }),
      folioSummary('folio-0002', '风电装备制造基地', { stage: 'dropped', openBlockers: 3 }),
    ];
    const root = await draw('#/folios', readyStatus({}, { name: '清水县招商局' }), rows);
    const screen = root.querySelector('[data-first-screen]');
    expect(screen?.hasAttribute('inert')).toBe(true);
    expect(root.querySelector('[data-testid="workspace-name"]')?.textContent).toBe('清水县招商局');
    // Not the demo: no 演示数据 tag.
    expect(root.querySelector('[data-testid="demo-tag"]')).toBeNull();
    expect(root.querySelector('[data-testid="folios-summary"]')?.textContent).toBe(
      '共 2 个项目，总投资 128.46 亿元，到位资金 2.40 亿元',
    );

    const drawn = [...root.querySelectorAll('tbody tr.ant-table-row')];
    // The newest first, as the list sorts; no sample row is left.
    expect(drawn.map((row) => row.getAttribute('data-row-key'))).toEqual([
      'folio-0001',
      'folio-0002',
    ]);
    const [first, second] = drawn as [Element, Element];
    const link = cellOf(first, 'name').querySelector('a');
    // Text, not markup.
    expect(link?.textContent).toBe('华天科技<b>封测</b>扩能项目');
    expect(link?.getAttribute('href')).toBe('#/folios/folio-0001');
    expect(link?.getAttribute('data-testid')).toBe('folio-open-folio-0001');
    expect(first.querySelector('input[type="checkbox"]')?.getAttribute('aria-label')).toBe(
      '华天科技<b>封测</b>扩能项目',
    );
    expect(cellOf(first, 'stage').textContent).toBe('签约');
    expect(cellOf(first, 'stage').innerHTML).toContain(`ant-tag-${STAGE_COLORS.signed}`);
    expect(cellOf(second, 'stage').textContent).toBe('终止');
    expect(cellOf(second, 'stage').innerHTML).toContain(`ant-tag-${STAGE_COLORS.dropped}`);
    // Counts above 0 stand out (red overdue, orange blockers); 0 is grey.
    expect(cellOf(first, 'overdueItems').innerHTML).toContain('ant-typography-danger');
    expect(cellOf(first, 'overdueItems').textContent).toBe('2');
    expect(cellOf(first, 'openBlockers').innerHTML).toContain('ant-typography-secondary');
    expect(cellOf(second, 'overdueItems').innerHTML).toContain('ant-typography-secondary');
    expect(cellOf(second, 'openBlockers').innerHTML).toContain('ant-typography-warning');
    expect(cellOf(second, 'openBlockers').textContent).toBe('3');
    expect(cellOf(first, 'totalInvestment').textContent).toBe('1,234,567');
    expect(cellOf(first, 'groupName').textContent).toBe('集成电路封测产业链专班');
    expect(cellOf(first, 'updatedAt').textContent).toMatch(/^2026-11-30 \d\d:00$/);
  });

  it('draws nothing where the template would not be the screen the app shows', async () => {
    const rows = [folioSummary('folio-0001', '华天科技封测扩能项目')];
    const problem: WorkspaceStatus = {
      state: 'problem',
      dataDir: '/x',
      problem: { kind: 'corrupt', message: '损坏', files: [] },
    } as unknown as WorkspaceStatus;
    const cases: [string, string, WorkspaceStatus, FolioSummary[]][] = [
      ['a filtered list', '#/folios?stage=signed', readyStatus(), rows],
      ['another page', '#/dashboard', readyStatus(), rows],
      ['no folios yet', '#/folios', readyStatus(), []],
      ['an empty workspace', '#/folios', readyStatus({ empty: true }), rows],
      ['a workspace that could not open', '#/folios', problem, rows],
    ];
    for (const [what, hash, status, page] of cases) {
      const root = await draw(hash, status, page);
      expect(root.childElementCount, what).toBe(0);
    }
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    expect((await draw('#/folios', readyStatus(), rows)).childElementCount, 'in English').toBe(0);
  });
});
