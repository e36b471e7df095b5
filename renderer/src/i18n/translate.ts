// Languages, their dictionaries, and translate(): a key's message with `{name}` placeholders filled.
import { zhCN, type MessageKey } from './zh-CN';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const DEFAULT_LANG: Lang = 'zh-CN';
export const LANG_STORAGE_KEY = 'dossier.lang';

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

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * The message for `key` in `lang`, with `{name}` placeholders filled from `params`. The
 * language's dictionary must be loaded (see loadDictionary; I18nProvider waits for it).
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const dictionary = DICTIONARIES[lang];
  if (!dictionary) throw new Error(`The ${lang} dictionary is not loaded`);
  const text = dictionary[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function loadLang(storage: Storage | undefined = globalThis.localStorage): Lang {
  try {
    const saved = storage?.getItem(LANG_STORAGE_KEY);
    return isLang(saved) ? saved : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

export function saveLang(lang: Lang, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage disabled: the choice lasts for this session only.
  }
}

export type { MessageKey };
