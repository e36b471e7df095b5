// LoadError and LoadFailure: what went wrong loading a data folder, naming the file.
import type { z } from 'zod';

export interface LoadFailure {
  kind: 'missing' | 'corrupt' | 'newer';
  /** Relative to the folder that was loaded. */
  file: string;
  message: string;
}

/** Thrown inside a load, turned into a LoadFailure at its edge. */
export class LoadError extends Error {
  readonly failure: LoadFailure;
  constructor(failure: LoadFailure) {
    super(failure.message);
    this.failure = failure;
  }
}

export const corrupt = (file: string, message: string) =>
  new LoadError({ kind: 'corrupt', file, message });

export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '内容无效';
  const field = issue.path.map(String).join('.');
  return field ? `字段 ${field}：${issue.message}` : issue.message;
}
