// The folio list's first screen rendered ahead, at build time: the app's own components over
// sample answers, so the entry script can draw the list before React and antd have loaded.
import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import { renderToStaticMarkup } from 'react-dom/server';
import type { DossierApi, FolioPage, FolioSummary, WorkspaceStatus } from '../api/contract-types';
import { startFirstReads } from '../app/first-reads';
import { Root } from '../app/Root';
import { STAGES } from '../components/enum-options';
import { translate } from '../i18n/translate';
import type { FirstScreenParts } from './parts';
import { sampleKey } from './sample-rows';

const STAMP = '2026-01-01T00:00:00.000Z';

/** One row per stage, with and without overdue items and open blockers: each cell's kinds. */
function sampleRows(): FolioSummary[] {
  return STAGES.map((stage, i) => {
    const overdueItems = i % 2;
    const openBlockers = (i >> 1) % 2;
    return {
      id: sampleKey({ stage, overdue: overdueItems > 0, blockers: openBlockers > 0 }),
      rev: 1,
      name: '',
      groupId: '',
      groupName: '',
      enterpriseName: '',
      chain: '',
      location: '',
      stage,
      totalInvestment: 0,
      fundsInPlace: 0,
      leaderName: '',
      stewardName: '',
      updatedAt: STAMP,
      tags: [],
      overdueItems,
      openBlockers,
      lastProgressOn: null,
    };
  });
}

function sampleAnswers(): { status: WorkspaceStatus; page: FolioPage } {
  const rows = sampleRows();
  const status: WorkspaceStatus = {
    state: 'ready',
    meta: {
      id: 'first-screen',
      name: '',
      isDemo: true,
      chains: [],
      createdAt: STAMP,
      operator: '',
      fontFiles: {},
    },
    dataDir: '',
    counts: { groups: 1, folios: rows.length, enterprises: 1, people: 1 },
    empty: false,
  };
  const page = {
    total: rows.length,
    totalInvestment: 0,
    fundsInPlace: 0,
    offset: 0,
    rows,
    ids: null,
  };
  return { status, page };
}

/** Every class named by an element of `markup` (parsed by the window's DOM). */
function classesOf(markup: string): string[] {
  const holder = document.createElement('template');
  holder.innerHTML = markup;
  const classes = new Set<string>();
  for (const element of holder.content.querySelectorAll('[class]')) {
    for (const name of element.classList) classes.add(name);
  }
  return [...classes].sort();
}

/**
 * Renders #/folios as the app's first frame would (the window's address must be #/folios), with
 * the sample answers read early as the entry reads the real ones.
 */
export async function prerenderFolioList(): Promise<FirstScreenParts> {
  const { status, page } = sampleAnswers();
  const answers: Record<string, unknown> = { 'workspace.status': status, 'folios.page': page };
  // Any other read stays unanswered: the first frame renders before answers come.
  const api = new Proxy({} as DossierApi, {
    get: (_, method: string) => () =>
      method in answers ? Promise.resolve(answers[method]) : new Promise(() => undefined),
  });
  startFirstReads(api, '#/folios');
  // The early answers come (a task later), so the render takes them as the app would.
  await new Promise((resolve) => setTimeout(resolve));
  const cache = createCache();
  const markup = renderToStaticMarkup(
    <StyleProvider cache={cache}>
      <Root api={api} staticStyles />
    </StyleProvider>,
  );
  return {
    markup,
    css: extractStyle(cache, { plain: true }),
    classes: classesOf(markup),
    summary: translate('zh-CN', 'folios.summary'),
    yiUnit: translate('zh-CN', 'unit.yi'),
  };
}
