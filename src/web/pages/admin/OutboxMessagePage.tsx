import { DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { OutboxMessage } from '../../api/types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { DataRow } from '../../components/DataRow';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';
import { MailText } from './MailText';

/** One e-mail from the outbox, to read its text (and follow its links, e.g. an invitation). */
export function OutboxMessagePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const outbox = useApi<OutboxMessage[]>('/api/admin/outbox');
  const message = outbox.data?.find((m) => m.id === id);
  const missing = !!outbox.data && !message;

  return (
    <>
      <PageTitle>{message ? message.subject : missing ? t('outbox.notFound') : t('outbox.messageTitle')}</PageTitle>
      {outbox.error ? <ProblemAlert error={outbox.error} /> : null}
      {!outbox.data && !outbox.error ? <LoadingMessage /> : null}
      {message ? (
        <>
          <DataList className="samenspel-datalist">
            <DataRow label={t('outbox.to')}>{message.to}</DataRow>
            <DataRow label={t('outbox.status')}>{t(`outbox.statusValue.${message.status}`, { defaultValue: message.status })}</DataRow>
            <DataRow label={t('outbox.transport')}>{message.transport}</DataRow>
            <DataRow label={t('outbox.createdAt')}>{formatDateTime(message.createdAt, locale)}</DataRow>
            <DataRow label={t('outbox.sentAt')}>{message.sentAt ? formatDateTime(message.sentAt, locale) : t('outbox.notSent')}</DataRow>
          </DataList>
          <Heading level={2}>{t('outbox.text')}</Heading>
          <MailText text={message.text} />
        </>
      ) : null}
      {missing ? <Paragraph>{t('outbox.notFoundHint')}</Paragraph> : null}
      <Paragraph>
        <AppLink to="/beheer/uitgaande-mail">{t('outbox.back')}</AppLink>
      </Paragraph>
    </>
  );
}
