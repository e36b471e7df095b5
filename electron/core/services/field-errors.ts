// Refuses an edit when a service-level rule found problems, naming each field like zod does.
import { DossierError, type FieldError } from '../api/errors';

/** Refuses an edit when a service-level rule found problems, naming each field like zod does. */
export function rejectFields(fields: readonly FieldError[]): void {
  const first = fields[0];
  if (!first) return;
  const more = fields.length > 1 ? `（另有 ${fields.length - 1} 处）` : '';
  throw new DossierError('validation', `输入有误：${first.message}${more}`, [...fields]);
}
