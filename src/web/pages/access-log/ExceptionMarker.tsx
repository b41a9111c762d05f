import { useTranslation } from 'react-i18next';
import type { SafetyGround } from '../../api/safety-types';
import '../../styles/safety.css';

/** "Zonder toestemming, om een veiligheidsreden": the label of an access-log line made under a safety exception. */
export function ExceptionMarker({ ground }: { ground: SafetyGround }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="samenspel-flag">{t('accessFlag.label')}</span> {t('accessFlag.ground', { ground: t(`safety.groundShort.${ground}`) })}{' '}
    </>
  );
}
