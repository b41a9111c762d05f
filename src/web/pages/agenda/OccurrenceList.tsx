import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { KindIcon } from './KindIcon';
import { addDays, byDay, dayName, todayInNl } from './agendaText';
import type { Occurrence } from './types';

interface Props {
  occurrences: Occurrence[];
  /** Heading level of the day headings. */
  level: 2 | 3;
  /** The circle each entry belongs to, on a page that shows several. */
  clientName?: (o: Occurrence) => string | null;
  actions?: (o: Occurrence) => ReactNode;
}

function dayHeading(day: string, locale: 'nl' | 'en', t: (k: string, o?: Record<string, string>) => string): string {
  const today = todayInNl();
  const name = dayName(day, locale);
  if (day === today) return t('agendaPage.today', { day: name });
  if (day === addDays(today, 1)) return t('agendaPage.tomorrow', { day: name });
  return name;
}

/** The entries per day: time, a picture of the kind, what, where, with whom; cancelled ones struck through and said. */
export function OccurrenceList({ occurrences, level, clientName, actions }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="agenda-days">
      {byDay(occurrences).map(({ day, entries }) => (
        <section key={day} aria-labelledby={`agenda-day-${day}`} className="agenda-day">
          <Heading level={level} id={`agenda-day-${day}`} appearance="utrecht-heading-4">
            {dayHeading(day, locale, t)}
          </Heading>
          <ul className="agenda-entries">
            {entries.map((o) => (
              <li key={o.key} className={`agenda-entry${o.cancelled ? ' agenda-entry--cancelled' : ''}`}>
                <div className="agenda-entry__time">
                  {o.startTime ? (
                    <>
                      <span className="agenda-entry__start">{o.startTime}</span>
                      {o.endTime ? <span className="agenda-entry__end">{t('agendaPage.until', { time: o.endTime })}</span> : null}
                    </>
                  ) : (
                    <span>{t('agendaPage.wholeDay')}</span>
                  )}
                </div>
                <div className="agenda-entry__body">
                  <Paragraph className="agenda-entry__kind">
                    <KindIcon kind={o.kind} />
                    <span>{t(`agendaPage.kind.${o.kind}`)}</span>
                    {o.recurring ? <span className="agenda-entry__repeat">{t('agendaPage.repeats')}</span> : null}
                  </Paragraph>
                  <Paragraph className="agenda-entry__title">
                    {o.cancelled ? <strong className="agenda-entry__cancelled">{t('agendaPage.cancelled')} </strong> : null}
                    <span className="agenda-entry__what">{o.title}</span>
                  </Paragraph>
                  {clientName && clientName(o) ? <Paragraph className="agenda-entry__meta">{t('agendaPage.forClient', { name: clientName(o) })}</Paragraph> : null}
                  {o.location ? <Paragraph className="agenda-entry__meta">{t('agendaPage.where', { place: o.location })}</Paragraph> : null}
                  {o.people.length > 0 ? (
                    <Paragraph className="agenda-entry__meta">{t(o.source === 'task' ? 'agendaPage.whoDoes' : 'agendaPage.with', { names: o.people.join(', ') })}</Paragraph>
                  ) : null}
                  {o.cancelled && o.cancelReason ? <Paragraph className="agenda-entry__meta">{t('agendaPage.reason', { reason: o.cancelReason })}</Paragraph> : null}
                  {actions ? actions(o) : null}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
