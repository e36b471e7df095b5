// Whether an 撤销 / 重做 step changes what the open page shows, and its label quoted inside a question.
import type { UndoStep } from '../api/contract-types';
import type { Route } from '../router/hash-router';

type StepRecord = UndoStep['records'][number];

/** The page a record of a collection shows on (its list, or its own page), as a route test. */
function showsRecord(record: StepRecord, route: Route): boolean {
  switch (record.collection) {
    case 'folios':
    case 'groups':
    case 'enterprises':
    case 'trips':
      return (
        route.section === record.collection &&
        route.page === undefined &&
        (route.id === null || route.id === record.id)
      );
    case 'people':
      return route.page === 'people';
    case 'trash':
      return route.section === 'trash';
    case 'generations':
      return route.section === 'documents';
  }
}

/**
 * True when the step changes a record the page shows (its own page, or the list it is in), or
 * the settings while 设置 is open: then it is taken at once, as the officer sees it happen.
 * Anything else is asked about first.
 */
export function isOnScreen(step: UndoStep, route: Route): boolean {
  if (step.records.length === 0) return step.meta && route.section === 'settings' && !route.page;
  return step.records.some((record) => showsRecord(record, route));
}

/** The label inside “…” of a question: its own “…” become ‘…’, as Chinese nests quotes. */
export function nestedQuote(label: string): string {
  return label.replace(/“/g, '‘').replace(/”/g, '’');
}
