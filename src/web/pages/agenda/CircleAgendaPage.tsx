import '../../styles/agenda.css';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { withQuery } from '../../api/client';
import type { ClientDetail } from '../../api/types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { CancelForm } from './CancelForm';
import { FocusHeading } from './FocusHeading';
import { ItemForm } from './ItemForm';
import { OccurrenceList } from './OccurrenceList';
import { addDays, dayName, todayInNl } from './agendaText';
import { agendaApi, type CalendarView, type Item, type Occurrence } from './types';

const PERIOD_DAYS = 14;

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; item: Item } | { kind: 'cancel'; item: Item; occurrence: Occurrence };

/** /clienten/:id/agenda — the circle's calendar for two weeks at a time, with adding, changing and cancelling. */
export function CircleAgendaPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const [from, setFrom] = useState(todayInNl);
  const to = addDays(from, PERIOD_DAYS - 1);
  const calendar = useApi<CalendarView>(withQuery(agendaApi(id), { from, to }), { keepPrevious: true });
  const client = useApi<ClientDetail>(`/api/clients/${encodeURIComponent(id)}`);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [message, setMessage] = useState<string | null>(null);
  const view = calendar.data;

  const name = client.data?.firstName;
  const title = name ? t('agendaPage.circleTitle', { name }) : t('agendaPage.circleTitleNoName');
  const done = (text: string) => {
    setMessage(text);
    setMode({ kind: 'list' });
    calendar.reload();
  };

  if (!view) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        {calendar.error ? (
          calendar.error.status === 403 ? (
            <Paragraph>{t('agendaPage.noAccess')}</Paragraph>
          ) : (
            <ProblemAlert error={calendar.error} />
          )
        ) : (
          <LoadingMessage />
        )}
      </>
    );
  }

  const itemOf = (o: Occurrence) => view.items.find((i) => i.id === o.itemId);
  const actions = (o: Occurrence) => {
    const item = itemOf(o);
    if (!view.canEdit || !item || o.cancelled || item.cancelled) return null;
    const what = `${o.title}, ${dayName(o.date, locale)}`;
    return (
      <ButtonGroup className="agenda-entry__actions">
        {/* The visible word starts the accessible name, which also says which entry (WCAG 2.5.3). */}
        <Button type="button" appearance="secondary-action-button" aria-label={`${t('agendaPage.change')}: ${what}`} onClick={() => setMode({ kind: 'edit', item })}>
          {t('agendaPage.change')}
        </Button>
        <Button type="button" appearance="subtle-button" aria-label={`${t('agendaPage.cancel')}: ${what}`} onClick={() => setMode({ kind: 'cancel', item, occurrence: o })}>
          {t('agendaPage.cancel')}
        </Button>
      </ButtonGroup>
    );
  };

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        <AppLink to={`/clienten/${encodeURIComponent(id)}`}>{t('agendaPage.backToClient')}</AppLink>
      </Paragraph>
      {message && mode.kind === 'list' ? <SuccessAlert focus>{message}</SuccessAlert> : null}

      {mode.kind === 'add' || mode.kind === 'edit' ? (
        <section aria-labelledby="agenda-form-title" className="samenspel-section">
          <FocusHeading id="agenda-form-title">{mode.kind === 'add' ? t('agendaForm.addTitle') : t('agendaForm.editTitle')}</FocusHeading>
          <ItemForm
            clientId={id}
            people={view.people}
            {...(mode.kind === 'edit' ? { item: mode.item } : {})}
            onSaved={(_item, text) => done(text)}
            onCancel={() => setMode({ kind: 'list' })}
          />
        </section>
      ) : mode.kind === 'cancel' ? (
        <section aria-labelledby="agenda-cancel-title" className="samenspel-section">
          <FocusHeading id="agenda-cancel-title">{t('agendaCancel.title', { title: mode.item.title })}</FocusHeading>
          <CancelForm
            item={view.items.find((i) => i.id === mode.item.id) ?? mode.item}
            occurrence={mode.occurrence}
            onDone={done}
            onBack={() => setMode({ kind: 'list' })}
            onStale={() => calendar.reload()}
          />
        </section>
      ) : (
        <>
          {view.canEdit ? (
            <ButtonGroup>
              <Button type="button" appearance="primary-action-button" onClick={() => setMode({ kind: 'add' })}>
                {t('agendaPage.add')}
              </Button>
            </ButtonGroup>
          ) : null}
          <section aria-labelledby="agenda-period" className="samenspel-section">
            <Heading level={2} id="agenda-period">
              {t('agendaPage.period', { from: formatCalendarDate(from, locale), to: formatCalendarDate(to, locale) })}
            </Heading>
            <ButtonGroup className="agenda-period-nav">
              <Button type="button" appearance="secondary-action-button" onClick={() => setFrom(addDays(from, -PERIOD_DAYS))}>
                {t('agendaPage.earlier')}
              </Button>
              <Button type="button" appearance="secondary-action-button" onClick={() => setFrom(todayInNl())} disabled={from === todayInNl()}>
                {t('agendaPage.fromToday')}
              </Button>
              <Button type="button" appearance="secondary-action-button" onClick={() => setFrom(addDays(from, PERIOD_DAYS))}>
                {t('agendaPage.later')}
              </Button>
            </ButtonGroup>
            {calendar.loading ? <LoadingMessage /> : null}
            {view.occurrences.length === 0 ? <Paragraph>{t('agendaPage.empty')}</Paragraph> : <OccurrenceList occurrences={view.occurrences} level={3} actions={actions} />}
            {!view.planIncluded ? <Paragraph className="agenda-note">{t('agendaPage.noPlan')}</Paragraph> : null}
          </section>
        </>
      )}
    </>
  );
}
