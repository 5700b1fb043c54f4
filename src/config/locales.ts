// The site's languages. Adding one: append an entry here, add src/i18n/<code>/ dictionaries and
// (optionally) content/<code>/ pages. Pages without a translation fall back to English with a notice.

export type LocaleConfig = {
  /** URL segment and content folder name, lower case (e.g. 'zh-cn'). */
  code: string;
  /** BCP 47 tag for <html lang>, hreflang and Intl formatting. */
  lang: string;
  /** The language's name in that language, for the language chooser. */
  nativeName: string;
  /** The language's name in English, for editors and reports. */
  englishName: string;
  dir: 'ltr' | 'rtl';
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: string;
  /** Tag for Intl date and number formatting, when it differs from `lang`. */
  intl?: string;
  /** Furigana (<ruby> readings) on every kanji word of this language's pages, added at build time. */
  readings?: boolean;
};

export const locales = [
  { code: 'en', lang: 'en', nativeName: 'English', englishName: 'English', dir: 'ltr', ogLocale: 'en_US' },
  { code: 'ja', lang: 'ja', nativeName: '日本語', englishName: 'Japanese', dir: 'ltr', ogLocale: 'ja_JP' },
  { code: 'zh-cn', lang: 'zh-CN', nativeName: '简体中文', englishName: 'Chinese (Simplified)', dir: 'ltr', ogLocale: 'zh_CN' },
  { code: 'ko', lang: 'ko', nativeName: '한국어', englishName: 'Korean', dir: 'ltr', ogLocale: 'ko_KR' },
  { code: 'vi', lang: 'vi', nativeName: 'Tiếng Việt', englishName: 'Vietnamese', dir: 'ltr', ogLocale: 'vi_VN' },
  { code: 'tl', lang: 'tl', nativeName: 'Tagalog', englishName: 'Tagalog (Filipino)', dir: 'ltr', ogLocale: 'tl_PH' },
  // Western digits, as on residence cards and in the Nepali pages' text (Intl would use Devanagari digits).
  { code: 'ne', lang: 'ne', nativeName: 'नेपाली', englishName: 'Nepali', dir: 'ltr', ogLocale: 'ne_NP', intl: 'ne-u-nu-latn' },
  { code: 'pt-br', lang: 'pt-BR', nativeName: 'Português (Brasil)', englishName: 'Portuguese (Brazil)', dir: 'ltr', ogLocale: 'pt_BR' },
  { code: 'id', lang: 'id', nativeName: 'Bahasa Indonesia', englishName: 'Indonesian', dir: 'ltr', ogLocale: 'id_ID' },
  // Easy Japanese: a private-use subtag keeps it apart from 'ja' for browsers (still Japanese fonts and
  // line breaking), search engines and Pagefind (which builds a separate 'ja-x-easy' index). Intl has no
  // data for a private-use tag, so dates use plain Japanese ("2027年3月1日"). `readings` turns on
  // furigana (<ruby>) for every kanji word at build time (src/integrations/furigana.ts).
  { code: 'ja-easy', lang: 'ja-x-easy', nativeName: 'やさしい日本語', englishName: 'Easy Japanese', dir: 'ltr', ogLocale: 'ja_JP', intl: 'ja', readings: true },
] as const satisfies readonly LocaleConfig[];

export type Locale = (typeof locales)[number]['code'];

/** The language every page is written in first; translations follow it. */
export const sourceLocale: Locale = 'en';

export const localeCodes: readonly Locale[] = locales.map((l) => l.code);

export function isLocale(value: string): value is Locale {
  return (localeCodes as readonly string[]).includes(value);
}

/** The tag to give Intl formatters for a locale. */
export function intlTag(code: Locale): string {
  const config = localeConfig(code);
  return config.intl ?? config.lang;
}

export function localeConfig(code: Locale): LocaleConfig {
  const found = (locales as readonly LocaleConfig[]).find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}". Known locales: ${localeCodes.join(', ')}`);
  return found;
}
