// Puts the field errors of a server envelope on an antd form's fields, by path.
import type { FormInstance } from 'antd';
import { isApiError } from '../api/api-error';

/**
 * Puts the field errors of a server envelope on the form's fields, by `path`
 * (`fundsInPlace`, `stageDates.signed`, or a prefixed `patch.name`). Returns whether any error
 * found its field; when none did, the caller shows the envelope's message instead.
 */
export function applyServerErrors(
  form: Pick<FormInstance, 'setFields'>,
  error: unknown,
  fieldNames: readonly string[],
): boolean {
  if (!isApiError(error)) return false;
  const byField = new Map<string, { name: string[]; errors: string[] }>();
  for (const field of error.fields) {
    const name = fieldNameFor(field.path, fieldNames);
    if (!name) continue;
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(field.message);
    byField.set(key, entry);
  }
  if (byField.size === 0) return false;
  form.setFields([...byField.values()]);
  return true;
}

function fieldNameFor(path: string, fieldNames: readonly string[]): string[] | null {
  const parts = path.split('.').filter(Boolean);
  for (let start = 0; start < parts.length; start++) {
    const head = parts[start];
    if (head !== undefined && fieldNames.includes(head)) return parts.slice(start);
  }
  return null;
}
