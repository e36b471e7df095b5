// The language context: the current language, its switch, and the translate function (useT).
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  DEFAULT_LANG,
  hasDictionary,
  loadDictionary,
  loadLang,
  saveLang,
  translate,
  type Lang,
  type Translate,
} from './translate';

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({
  children,
  initialLang,
}: {
  children: ReactNode;
  initialLang?: Lang;
}) {
  const [wanted] = useState<Lang>(() => initialLang ?? loadLang());
  // The language shown: null until its dictionary is loaded (English is its own chunk).
  const [lang, setLangState] = useState<Lang | null>(() => (hasDictionary(wanted) ? wanted : null));
  // The language last asked for: a slower load of an earlier choice does not win over it.
  const asked = useRef(wanted);
  const show = useCallback((next: Lang) => {
    asked.current = next;
    if (hasDictionary(next)) {
      setLangState(next);
      return;
    }
    loadDictionary(next).then(
      () => {
        if (asked.current === next) setLangState(next);
      },
      () => {
        // The dictionary's chunk did not load: stay in (or start in) the default language.
        if (asked.current === next) setLangState((shown) => shown ?? DEFAULT_LANG);
      },
    );
  }, []);
  useEffect(() => {
    if (asked.current === wanted && !hasDictionary(wanted)) show(wanted);
  }, [wanted, show]);
  const setLang = useCallback(
    (next: Lang) => {
      saveLang(next);
      show(next);
    },
    [show],
  );
  useEffect(() => {
    if (lang) document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18nValue | null>(
    () => lang && { lang, setLang, t: (key, params) => translate(lang, key, params) },
    [lang, setLang],
  );
  // Nothing to show before the dictionary is here (only a start in English, for a moment).
  if (lang === null) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useI18n().t;
}
