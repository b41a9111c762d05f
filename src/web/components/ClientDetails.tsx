import { DataList } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../api/types';
import { useLocale } from '../i18n/useLocale';
import { formatCalendarDate } from '../lib/format';
import { DataRow } from './DataRow';

/** Basic details of a client: name, birth date, address, contact, municipality. */
export function ClientDetails({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const address = [client.street, [client.postcode, client.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <DataList className="samenspel-datalist">
      <DataRow label={t('clients.name')}>
        {client.firstName} {client.lastName}
      </DataRow>
      <DataRow label={t('clients.birthDate')}>
        {t('clients.birthDateWithAge', { date: formatCalendarDate(client.birthDate, locale), count: client.age })}
      </DataRow>
      <DataRow label={t('clients.address')}>{address}</DataRow>
      <DataRow label={t('clients.phone')}>
        {client.phone ? (
          <a className="utrecht-link utrecht-link--html-a utrecht-link--telephone" href={`tel:${client.phone.replace(/[^+\d]/g, '')}`}>
            {client.phone}
          </a>
        ) : null}
      </DataRow>
      <DataRow label={t('clients.email')}>
        {client.email ? (
          <a className="utrecht-link utrecht-link--html-a" href={`mailto:${client.email}`}>
            {client.email}
          </a>
        ) : null}
      </DataRow>
      <DataRow label={t('clients.municipality')}>{client.municipalityName}</DataRow>
    </DataList>
  );
}
