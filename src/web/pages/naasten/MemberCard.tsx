import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { BurdenTrend } from './BurdenPicture';
import { CardForm } from './CardForm';
import type { MemberCardView } from './types';

interface Props {
  clientId: string;
  m: MemberCardView;
  mayEdit: boolean;
  onChanged: () => void;
}

/** One naaste in the circle: their card as they filled it in, the burden trend, signals and calls. */
export function MemberCard({ clientId, m, mayEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState(false);
  const id = `member-${m.linkId}`;
  const act = async (url: string, body?: unknown) => {
    setError(null);
    try {
      await api.post(url, body);
      onChanged();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    }
  };
  const list = (items: string[]) => (items.length ? items.join(', ') : t('naasten.circle.nothing'));
  const c = m.card;
  return (
    <section aria-labelledby={`${id}-title`} className="samenspel-section naasten-member">
      <Heading level={2} id={`${id}-title`}>
        {m.label ? `${m.name} (${m.label})` : m.name}
      </Heading>
      {error ? <ProblemAlert error={error} /> : null}
      {m.alerts
        .filter((a) => a.seenAt === null)
        .map((a) => (
          <div key={a.id} className="samenspel-section">
            <Paragraph>
              <strong>{t('naasten.circle.tooMuch', { date: formatDateTime(a.createdAt, locale) })}</strong>
              {a.note ? ` “${a.note}”` : ''}
            </Paragraph>
            <Button appearance="secondary-action-button" onClick={() => void act(`/api/clients/${encodeURIComponent(clientId)}/naastenkaarten-alerts/${a.id}/seen`)}>
              {t('naasten.circle.markSeen')}
            </Button>
          </div>
        ))}
      {c === null ? (
        <Paragraph className={m.overdueDays > 0 ? 'naasten-late' : undefined}>
          {m.overdueDays > 0 ? t('naasten.circle.late', { count: m.overdueDays, date: formatCalendarDate(m.dueOn, locale) }) : t('naasten.circle.dueOn', { date: formatCalendarDate(m.dueOn, locale) })}
        </Paragraph>
      ) : (
        <DataList>
          <DataListItem>
            <DataListKey>{t('naasten.form.occasions')}</DataListKey>
            <DataListValue>{list(c.occasions.map((o) => t(`naasten.occasion.${o}`)))}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('naasten.form.frequency')}</DataListKey>
            <DataListValue>{t(`naasten.frequency.${c.frequency}`)}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('naasten.form.channels')}</DataListKey>
            <DataListValue>{list(c.channels.map((x) => t(`naasten.channel.${x}`)))}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('naasten.form.roles')}</DataListKey>
            <DataListValue>{list(c.roles.map((r) => t(`naasten.role.${r}`)))}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('naasten.form.ownStory')}</DataListKey>
            <DataListValue>{c.ownStory ?? t('naasten.circle.nothing')}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('naasten.form.ownNeeds')}</DataListKey>
            <DataListValue>{c.ownNeeds ?? t('naasten.circle.nothing')}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('naasten.form.checkInWeeks')}</DataListKey>
            <DataListValue>{c.checkInWeeks ? t('naasten.circle.rhythm', { count: c.checkInWeeks, who: c.checkInWith ?? t('naasten.circle.regisseur') }) : t('naasten.form.noCheckIn')}</DataListValue>
          </DataListItem>
        </DataList>
      )}
      {c ? <Paragraph className="samenspel-muted">{t('naasten.circle.updated', { who: c.updatedBy, date: formatDateTime(c.updatedAt, locale) })}</Paragraph> : null}
      <BurdenTrend burden={m.burden} id={`${id}-trend`} />
      {m.checkIns.length > 0 ? (
        <>
          <Heading level={3}>{t('naasten.circle.callsTitle')}</Heading>
          <UnorderedList>
            {m.checkIns.map((ci) => (
              <UnorderedListItem key={ci.id}>
                {t('naasten.circle.call', { date: formatCalendarDate(ci.periodStart, locale), who: ci.professional })}{' '}
                {ci.doneAt ? (
                  <span className="samenspel-muted">{t('naasten.circle.called', { date: formatDateTime(ci.doneAt, locale) })}</span>
                ) : (
                  <Button appearance="secondary-action-button" onClick={() => void act(`/api/clients/${encodeURIComponent(clientId)}/naastenkaarten-check-ins/${ci.id}/done`, { note: null })}>
                    {t('naasten.circle.markCalled')}
                  </Button>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {mayEdit ? (
        editing ? (
          <CardForm
            id={`${id}-form`}
            url={`/api/clients/${encodeURIComponent(clientId)}/naastenkaarten/${m.linkId}`}
            card={c}
            ownView={false}
            labelledBy={`${id}-title`}
            onSaved={() => {
              setEditing(false);
              onChanged();
            }}
          />
        ) : (
          <Button appearance="secondary-action-button" onClick={() => setEditing(true)} aria-describedby={`${id}-title`}>
            {c ? t('naasten.circle.editTogether') : t('naasten.circle.fillTogether')}
          </Button>
        )
      ) : null}
    </section>
  );
}
