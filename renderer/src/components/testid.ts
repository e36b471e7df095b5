/**
 * `data-testid` for props objects (button props, menu items) where TypeScript's object-literal
 * check does not know data attributes. Spread it: `{ danger: true, ...testId('confirm-ok') }`.
 */
export function testId(id: string): { 'data-testid': string } {
  return { 'data-testid': id };
}
