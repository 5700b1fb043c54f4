// One i18next instance for the whole build (server side only: islands get plain strings as props).
import i18next, { type TFunction } from 'i18next';
import { localeCodes, sourceLocale, type Locale } from '../config/locales.ts';
import { flatten, namespaces, type Dictionary, type Namespace } from './dictionaries.ts';

const files = import.meta.glob<Dictionary>('./*/*.json', { eager: true, import: 'default' });

function loadResources(): Record<string, Record<string, Dictionary>> {
  const resources: Record<string, Record<string, Dictionary>> = {};
  for (const [path, dictionary] of Object.entries(files)) {
    const match = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, locale, namespace] = match as unknown as [string, string, string];
    (resources[locale] ??= {})[namespace] = dictionary;
  }
  return resources;
}

const resources = loadResources();

const instance = i18next.createInstance();
await instance.init({
  resources,
  lng: sourceLocale,
  // Missing keys fall back to English; tests/unit/i18n-dictionaries.test.ts fails on any missing key.
  fallbackLng: sourceLocale,
  // Without this, i18next looks for 'zh-CN' and silently falls back for 'zh-cn' and 'pt-br'.
  lowerCaseLng: true,
  supportedLngs: [...localeCodes],
  ns: [...namespaces],
  defaultNS: 'ui',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A translate function bound to one locale (and by default the `ui` namespace). */
export function translatorFor(locale: Locale, namespace: Namespace = 'ui'): Translate {
  const t: TFunction = instance.getFixedT(locale, namespace);
  return (key, options) => t(key, options ?? {}) as string;
}

/**
 * A namespace's strings for one locale as a flat object, with English filling any gap, for
 * passing to an island as props (so the browser never loads i18next).
 */
export function namespaceStrings(locale: Locale, namespace: Namespace): Record<string, string> {
  const english = flatten(resources[sourceLocale]?.[namespace] ?? {});
  const translated = flatten(resources[locale]?.[namespace] ?? {});
  return { ...english, ...translated };
}

export function dictionary(locale: string, namespace: Namespace): Dictionary | undefined {
  return resources[locale]?.[namespace];
}
