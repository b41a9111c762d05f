import { Heading, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { IntakeView } from './types';

/** The people this intake put on the map, for the summary at the end and for a finished intake. */
export function AddedPeople({ added }: { added: IntakeView['added'] }) {
  const { t } = useTranslation();
  if (added.length === 0) return null;
  return (
    <>
      <Heading level={3}>{t('netIntake.summary.addedList')}</Heading>
      <UnorderedList>
        {added.map((a) => (
          <UnorderedListItem key={a.personId}>
            {a.displayName} ({a.relation}, {t(`netIntake.sector.${a.sector}`).toLowerCase()}, {t(`netIntake.status.${a.status}`)})
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
