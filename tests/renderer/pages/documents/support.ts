// Test fixtures for document pages: generations, jobs, a deferred long-poll answer, web-shell tabs.
import { waitFor } from '@testing-library/react';
import { expect, onTestFinished, vi } from 'vitest';
import type { DocumentJob, Generation } from '../../../../renderer/src/api/contract-types';
import { TOKEN_STORAGE_KEY } from '../../../../renderer/src/api/token';
import { base } from '../../helpers/fixtures';

/** A 项目简报 written as Word and PDF. */
export function generation(id: string, overrides: Partial<Generation> = {}): Generation {
  return {
    ...base(id),
    request: { template: 'projectBrief', folioId: 'folio-0001' },
    marks: { internal: false, draft: false },
    title: '关于华天科技封测基地项目的简报',
    operator: '王芳',
    recordIds: ['folio-0001'],
    files: [
      {
        format: 'docx',
        name: '华天科技封测基地项目简报.docx',
        sha256: 'a'.repeat(64),
        bytes: 20_000,
        pageCount: 3,
        copyNumber: null,
      },
      {
        format: 'pdf',
        name: '华天科技封测基地项目简报.pdf',
        sha256: `${'0123456789ab'}${'c'.repeat(52)}`,
        bytes: 90_000,
        pageCount: 4,
        copyNumber: null,
      },
    ],
    problems: [],
    missingGlyphs: [],
    ...overrides,
  };
}

export function job(overrides: Partial<DocumentJob> = {}): DocumentJob {
  return {
    id: 'job-000001',
    state: 'running',
    total: 1,
    done: 0,
    current: null,
    generations: [],
    error: null,
    missingGlyphs: [],
    ...overrides,
  };
}

/** A promise with its resolve handle: a long poll the test answers when it wants. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * The web shell's session (token `tok-1`) with `window.open` watched for this test; `untilOpened`
 * waits until the page has opened `url` in a new tab, as a PDF to read or print is opened there.
 */
export function webShellTabs() {
  sessionStorage.setItem(TOKEN_STORAGE_KEY, 'tok-1');
  const opened = vi.spyOn(window, 'open').mockReturnValue(null);
  onTestFinished(() => opened.mockRestore());
  return {
    untilOpened: (url: string) =>
      waitFor(() => expect(opened).toHaveBeenCalledWith(url, '_blank', 'noopener')),
  };
}
