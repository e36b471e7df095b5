// Languages, their dictionaries, and translate(): a key's message with `{name}` placeholders filled.
import { zhCN, type MessageKey } from './zh-CN';
import { fillPlaceholders, type Params } from './placeholders';
import type { Lang } from './lang';

export { DEFAULT_LANG, LANG_STORAGE_KEY, LANGS, loadLang, saveLang, type Lang } from './lang';

type Dictionary = Record<MessageKey, string>;

/**
 * The dictionaries at hand: Chinese, the default, always; English once loadDictionary('en') has
 * brought its chunk (a start in Chinese neither downloads nor builds it).
 */
const DICTIONARIES: Partial<Record<Lang, Dictionary>> = { 'zh-CN': zhCN };

const LOADERS: Record<Lang, () => Promise<Dictionary>> = {
  'zh-CN': () => Promise.resolve(zhCN),
  en: () => import('./en').then((module) => module.en),
};

/** Whether `lang`'s dictionary is loaded, so translate() can use it now. */
export function hasDictionary(lang: Lang): boolean {
  return DICTIONARIES[lang] !== undefined;
}

/** Loads `lang`'s dictionary (at once for one already here). */
export async function loadDictionary(lang: Lang): Promise<void> {
  DICTIONARIES[lang] ??= await LOADERS[lang]();
}

export type { Params };
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * The message for `key` in `lang`, with `{name}` placeholders filled from `params`. The
 * language's dictionary must be loaded (see loadDictionary; I18nProvider waits for it).
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const dictionary = DICTIONARIES[lang];
  if (!dictionary) throw new Error(`The ${lang} dictionary is not loaded`);
  const text = dictionary[key];
  return params ? fillPlaceholders(text, params) : text;
}

export type { MessageKey };
