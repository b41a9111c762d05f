import { Button } from '@utrecht/component-library-react';
import { useLocale } from '../i18n/useLocale';
import { useSession } from '../session/useSession';

/** One button that switches to the other language. Its text is in that language. */
export function LanguageSwitch() {
  const locale = useLocale();
  const { changeLocale } = useSession();
  const other = locale === 'nl' ? 'en' : 'nl';
  return (
    <Button
      appearance="subtle-button"
      lang={other}
      onClick={() => void changeLocale(other).catch(() => undefined)}
    >
      {other === 'en' ? 'English' : 'Nederlands'}
    </Button>
  );
}
