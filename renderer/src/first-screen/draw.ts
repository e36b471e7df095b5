// The folio list drawn from its prerendered template (index.html) while the app's code loads.
import type { FolioPage, FolioSummary, ReadyStatus } from '../api/contract-types';
import { peekEarly } from '../api/early-reads';
import { screenfulRows } from '../hooks/screenful';
import { loadLang } from '../i18n/lang';
import { fillPlaceholders } from '../i18n/placeholders';
import {
  FOLIO_CELL_TEXT,
  folioColumnClass,
  listSummaryParams,
  type FolioColumnKey,
} from '../pages/folios/folio-cells';
import { firstPageRequest } from '../app/first-reads';
import { hashQuery, routeHref } from '../router/hash-router';
import { documentParsed } from '../app/page-ready';
import { kindOf, sampleKind, type SampleKind } from './sample-rows';

/** Marks the drawn screen (until React's first frame replaces it). */
const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';

/** The element with no element inside it that `element` leads to through first children. */
function innermost(element: Element): Element {
  let inner = element;
  while (inner.firstElementChild) inner = inner.firstElementChild;
  return inner;
}

/** A sample row and the kinds of cell it has. */
interface Sample {
  kind: SampleKind;
  row: Element;
}

const cellIn = (row: Element, column: FolioColumnKey) =>
  row.querySelector(`td.${folioColumnClass(column)}`);

/**
 * A real row made from the samples: the row of the folio's stage, its count cells from rows
 * with counts of the same kind (above 0 or not), then the folio's own texts, link and key.
 */
function rowOf(samples: readonly Sample[], folio: FolioSummary): Element | null {
  const kind = kindOf(folio);
  const row = samples.find((sample) => sample.kind.stage === kind.stage)?.row.cloneNode(true);
  if (!(row instanceof Element)) return null;
  const counts = [
    ['overdueItems', (sample: SampleKind) => sample.overdue === kind.overdue],
    ['openBlockers', (sample: SampleKind) => sample.blockers === kind.blockers],
  ] as const;
  for (const [column, matches] of counts) {
    const sample = samples.find((candidate) => matches(candidate.kind));
    const cell = sample && cellIn(sample.row, column);
    const own = cellIn(row, column);
    if (!cell || !own) return null;
    own.replaceWith(cell.cloneNode(true));
  }
  for (const [column, text] of Object.entries(FOLIO_CELL_TEXT)) {
    const cell = cellIn(row, column as keyof typeof FOLIO_CELL_TEXT);
    if (!cell) return null;
    innermost(cell).textContent = text(folio);
  }
  row.setAttribute('data-row-key', folio.id);
  row.querySelector('input[type="checkbox"]')?.setAttribute('aria-label', folio.name);
  const link = row.querySelector('a');
  link?.setAttribute('href', routeHref('folios', folio.id));
  link?.setAttribute('data-testid', `folio-open-${folio.id}`);
  return row;
}

/** The template filled with the workspace and the page's first screenful; null if it does not fit. */
function filled(template: HTMLTemplateElement, status: ReadyStatus, page: FolioPage) {
  const screen = template.content.cloneNode(true) as DocumentFragment;
  const app = screen.querySelector('.ant-app');
  const name = screen.querySelector('[data-testid="workspace-name"] strong');
  const summary = screen.querySelector('[data-testid="folios-summary"]');
  const body = screen.querySelector('[data-testid="folios-table"] tbody');
  if (!app || !name || !summary || !body) return null;
  name.textContent = status.meta.name;
  if (!status.meta.isDemo) screen.querySelector('[data-testid="demo-tag"]')?.remove();
  const params = listSummaryParams(page, template.dataset.yiUnit ?? '');
  summary.textContent = fillPlaceholders(template.dataset.summary ?? '', params);
  const samples = [...body.querySelectorAll('tr[data-row-key]')].flatMap((row) => {
    const kind = sampleKind(row.getAttribute('data-row-key') ?? '');
    return kind ? [{ kind, row }] : [];
  });
  const rows = page.rows
    .slice(0, screenfulRows(window.innerHeight))
    .map((folio) => rowOf(samples, folio));
  if (rows.some((row) => row === null)) return null;
  for (const sample of samples) sample.row.remove();
  body.append(...(rows as Element[]));
  app.setAttribute(FIRST_SCREEN_ATTRIBUTE, '');
  // Seen, not used: React's first frame (a few hundred ms on) takes over the clicks and keys.
  app.setAttribute('inert', '');
  app.setAttribute('aria-busy', 'true');
  return screen;
}

/** Resolves once the frame after now has been painted (at once in a window not shown yet). */
function painted(): Promise<void> {
  if (document.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * Draws the folio list into #root from the template index.html carries (its markup rendered at
 * build by the app's own components, scripts/first-screen) and the answers the entry read early,
 * then waits for it to be painted; React's first frame replaces it. Nothing is drawn, and this
 * resolves at once, unless the address is the plain list in Chinese and the workspace is ready
 * with folios to show.
 */
export async function drawFirstScreen(hash: string): Promise<void> {
  // The template shows the list at its plainest: no filter or sort in the address.
  const request = hashQuery(hash) === '' ? firstPageRequest(hash) : null;
  if (!request || loadLang() !== 'zh-CN') return;
  const status = peekEarly('workspace.status', '{}');
  const page = peekEarly('folios.page', JSON.stringify(request));
  if (!status || !page) return;
  const answers = await Promise.all([status, page]).catch(() => null);
  if (!answers) return;
  const [ready, first] = answers;
  if (ready.state !== 'ready' || ready.empty || first.rows.length === 0) return;
  await documentParsed();
  const template = document.getElementById('first-screen');
  const root = document.getElementById('root');
  if (!(template instanceof HTMLTemplateElement) || !root || root.firstChild) return;
  const screen = filled(template, ready, first);
  if (!screen) return;
  root.append(screen);
  await painted();
}
