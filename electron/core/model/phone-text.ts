// The rule for a phone number typed in: one that reads as a mobile must be 11 digits starting with 1.
/**
 * Plain code with no imports, so the renderer's forms check what the API checks. Applied to
 * what is typed (create, update), never to stored data: a number saved before this rule still
 * loads and shows.
 */

/** Spaces, hyphens and a +86 / 86 prefix, as numbers are written, taken out. */
function digitsOf(text: string): string {
  const plain = text.replace(/[\s\u3000-]/g, '');
  return /^(\+?86)1/.test(plain) ? plain.replace(/^\+?86/, '') : plain;
}

/**
 * What is wrong with a typed phone number, or null. A number of digits only that starts with 1
 * is a mobile number (a landline starts with its 0 area code) and must be 1 + 10 digits.
 */
export function mobileProblem(text: string): string | null {
  const digits = digitsOf(text.trim());
  if (!/^1\d*$/.test(digits)) return null;
  if (digits.length !== 11) {
    return `手机号码应为 11 位数字（现在是 ${digits.length} 位），如 13912345678`;
  }
  if (!/^1[3-9]/.test(digits)) return '手机号码的第二位应为 3–9，如 13912345678';
  return null;
}
