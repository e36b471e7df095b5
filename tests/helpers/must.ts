// Test helper: `must`, the value a test needs to go on, or a failure saying it was missing.

/** The value itself; throws when it is undefined (an element or a record the test expected). */
export function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}
