// Test helper: a typed fake API answering the methods a test gives; any other method fails the test.
import { vi } from 'vitest';
import { ApiError } from '../../../renderer/src/api/api-error';
import type {
  DossierApi,
  ErrorEnvelope,
  MethodName,
} from '../../../renderer/src/api/contract-types';
import { API_METHODS } from '../../../renderer/src/api/method-names';

/**
 * A typed stand-in for the API: the methods a test gives, as given; every other method
 * rejects, so a page calling something unexpected shows up as a failure, not a hang.
 */
export function fakeApi(methods: Partial<DossierApi>): DossierApi {
  const api: Partial<Record<MethodName, unknown>> = {};
  for (const method of API_METHODS) {
    api[method] =
      methods[method] ??
      vi.fn(() =>
        Promise.reject(apiError({ kind: 'unknown_method', message: `测试未提供 ${method}` })),
      );
  }
  return api as DossierApi;
}

export function apiError(
  envelope: Partial<ErrorEnvelope> & Pick<ErrorEnvelope, 'kind' | 'message'>,
): ApiError {
  return new ApiError({ fields: [], ...envelope });
}

/** A call the core refuses as a conflict (still linked, changed meanwhile), with its words. */
export function refused(message: string): () => Promise<never> {
  return () => Promise.reject(apiError({ kind: 'conflict', message }));
}

/** A call the core refuses for one field, as its validation does: `输入有误：<message>` on `path`. */
export function refusedField(path: string, message: string): () => Promise<never> {
  return () =>
    Promise.reject(
      apiError({
        kind: 'validation',
        message: `输入有误：${message}`,
        fields: [{ path, message }],
      }),
    );
}

/** A `<group>.deleteCheck` that finds nothing in the way (the plain confirmation follows). */
export const nothingInTheWay = () => Promise.resolve({ blockers: [], message: null });
