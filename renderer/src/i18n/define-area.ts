/**
 * One area's messages in both languages. The English side must have exactly the Chinese
 * side's keys, so a page's strings are added in one file, in both languages at once.
 */
export function defineArea<K extends string>(
  zh: Record<K, string>,
  en: Record<NoInfer<K>, string>,
): { zh: Record<K, string>; en: Record<K, string> } {
  return { zh, en };
}
