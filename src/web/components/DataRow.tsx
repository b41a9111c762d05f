import { DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One label–value pair in a DataList. Empty values say "Niet bekend". */
export function DataRow({ label, children, multiline = false }: { label: string; children: ReactNode; multiline?: boolean }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '';
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue multiline={multiline}>{empty ? t('common.unknown') : children}</DataListValue>
    </DataListItem>
  );
}
