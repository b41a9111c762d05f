import { useTranslation } from 'react-i18next';

/** "12 mensen, 5 levensgebieden, 2 mensen om weer contact mee te zoeken." */
export function SummaryCounts({ people, sectors, restore }: { people: number; sectors: number; restore: number }) {
  const { t } = useTranslation();
  return (
    <>
      {t('netIntake.summary.counts', {
        people: t('netIntake.summary.people', { count: people }),
        sectors: t('netIntake.summary.sectors', { count: sectors }),
        restore: t('netIntake.summary.restore', { count: restore }),
      })}
    </>
  );
}
