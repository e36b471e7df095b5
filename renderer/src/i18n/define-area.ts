/**
 * One area's messages in both languages. The English side must have exactly the Chinese
 * side's keys (a missing or an extra key fails to compile), so a page's strings are added in
 * one file, in both languages at once. The English side is a function: its messages are made
 * only when the English dictionary is loaded (en.ts, its own chunk), not at every start in
 * Chinese.
 */
export function defineArea<K extends string, E extends Record<K, string>>(
  zh: Record<K, string>,
  en: () => E & Record<Exclude<keyof E, K>, never>,
): { zh: Record<K, string>; en: () => Record<K, string> } {
  return { zh, en };
}
