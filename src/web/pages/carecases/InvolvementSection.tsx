import { Button, Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withQuery } from '../../api/client';
import { useApi } from '../../api/useApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { caseApi, type InvolvementView } from './types';

/**
 * "Wie is er al betrokken?": organisations with a contact person and since when, never what they
 * do. Only on request, because the look is logged on the client.
 */
export function InvolvementSection({ caseId, meetingId }: { caseId: string; meetingId: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [asked, setAsked] = useState(false);
  const res = useApi<InvolvementView>(asked ? withQuery(`${caseApi(caseId)}/involvement`, { meetingId }) : null);
  return (
    <section aria-labelledby="case-involvement-title" className="samenspel-section">
      <Heading level={2} id="case-involvement-title">
        {t('careCases.involvement.title')}
      </Heading>
      <Paragraph>{t('careCases.involvement.intro')}</Paragraph>
      {!asked ? (
        <Button appearance="secondary-action-button" onClick={() => setAsked(true)}>
          {t('careCases.involvement.button')}
        </Button>
      ) : res.error ? (
        <ProblemAlert error={res.error} />
      ) : !res.data ? (
        <LoadingMessage />
      ) : res.data.organisations.length === 0 ? (
        <Paragraph role="status">{t('careCases.involvement.none')}</Paragraph>
      ) : (
        <div role="status">
          {/* Focusable, so a keyboard user can scroll the table sideways on a phone. */}
          <div className="samenspel-table-scroll" tabIndex={0} role="region" aria-label={t('careCases.involvement.caption')}>
          <Table>
            <caption className="samenspel-visually-hidden">{t('careCases.involvement.caption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('careCases.involvement.organisation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careCases.involvement.contact')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careCases.involvement.since')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careCases.involvement.source')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {res.data.organisations.map((o) => (
                <TableRow key={o.organisation}>
                  <TableCell>{o.organisation}</TableCell>
                  <TableCell>
                    {o.contactName ?? t('common.unknown')}
                    {o.contactPhone ? (
                      <>
                        {', '}
                        <a className="utrecht-link utrecht-link--html-a" href={`tel:${o.contactPhone.replace(/\s+/g, '')}`}>
                          {o.contactPhone}
                        </a>
                      </>
                    ) : null}
                  </TableCell>
                  <TableCell>{formatCalendarDate(o.since, locale)}</TableCell>
                  <TableCell>{t(`careCases.involvement.from.${o.source}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          </div>
        </div>
      )}
    </section>
  );
}
