import { Heading } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The one h1 of a page. It also sets the browser tab title.
 * The layout moves focus here after every route change (tabIndex -1 makes that possible).
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${children} – ${t('app.name')}`;
  }, [children, t]);
  return (
    <Heading level={1} tabIndex={-1} className="samenspel-page-title">
      {children}
    </Heading>
  );
}
