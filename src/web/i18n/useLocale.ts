import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types';

/** The current interface language as 'nl' or 'en'. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}
