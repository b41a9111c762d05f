import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api/types';
import { catalogs } from './catalogs';

export const LOCALES: readonly Locale[] = ['nl', 'en'];
const STORAGE_KEY = 'samenspel.locale';

export const isLocale = (v: unknown): v is Locale => v === 'nl' || v === 'en';

/** The language chosen on this device, if any. */
export function storedLocale(): Locale | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage full: the choice then lasts for this visit only.
  }
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'nl';
}

/** Switches the interface language, remembers it on this device and sets <html lang>. */
export async function applyLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}

void i18next.use(initReactI18next).init({
  resources: { nl: { translation: catalogs.nl }, en: { translation: catalogs.en } },
  lng: storedLocale() ?? 'nl',
  fallbackLng: 'nl',
  supportedLngs: ['nl', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

document.documentElement.lang = currentLocale();
i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = isLocale(lng) ? lng : 'nl';
});

export default i18next;
