import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { GuestForm } from './GuestForm';
import { ItemClock } from './ItemClock';
import { TimeBoxField } from './TimeBoxField';
import { casePath, itemApi, type MeetingDetail } from './types';

interface Props {
  meeting: MeetingDetail;
  busy: boolean;
  act: (path: string, body: unknown) => Promise<void>;
  onSaved: () => void;
}

/** The agenda in order: case items by their label only, themes with their note; the chair moves and starts them. */
export function AgendaList({ meeting: m, busy, act, onSaved }: Props) {
  const { t } = useTranslation();
  const editable = m.myRole.manage && (m.status === 'planned' || m.status === 'running');
  const nextPlanned = m.items.find((i) => i.status === 'planned');
  return (
    <section aria-labelledby="cn-agenda" className="samenspel-section">
      <Heading level={2} id="cn-agenda">
        {t('careNet.agenda.title')}
      </Heading>
      {m.items.length === 0 ? (
        <Paragraph>{t('careNet.agenda.empty')}</Paragraph>
      ) : (
        <ol className="carenet-agenda">
          {m.items.map((i, index) => (
            <li key={i.id} className={`carenet-item carenet-item--${i.status}`} aria-current={i.status === 'running' ? 'step' : undefined}>
              <div className="carenet-item__head">
                <span className="carenet-tag">{t(`careNet.itemKind.${i.kind}`)}</span>
                <strong className="carenet-item__title">{i.title}</strong>
                {i.carriedOver && <span className="carenet-tag carenet-tag--carried">{t('careNet.agenda.carried')}</span>}
                <span className="carenet-tag">{t(`careNet.itemStatus.${i.status}`)}</span>
              </div>
              {i.note && <Paragraph>{i.note}</Paragraph>}
              <Paragraph className="carenet-sub">
                {t('careNet.agenda.timeBox', { count: i.timeBoxMinutes })}
                {i.submittedByName && ` · ${t('careNet.agenda.by', { name: i.submittedByName })}`}
                {i.guests.length > 0 && ` · ${t('careNet.agenda.guests', { names: i.guests.map((g) => (g.roleLabel ? `${g.name} (${g.roleLabel})` : g.name)).join(', ') })}`}
              </Paragraph>
              {i.caseId && (
                <Paragraph>
                  <AppLink to={casePath(i.caseId, m.id)}>{t('careNet.agenda.toCase', { title: i.title })}</AppLink>
                </Paragraph>
              )}
              {i.status === 'running' && i.startedAt && <ItemClock startedAt={i.startedAt} timeBoxMinutes={i.timeBoxMinutes} serverNow={m.serverNow} title={i.title} />}
              {editable && (
                <ButtonGroup>
                  {i.status === 'planned' && m.status === 'running' && (
                    <Button appearance={i.id === nextPlanned?.id ? 'primary-action-button' : 'secondary-action-button'} busy={busy} onClick={() => void act(`${itemApi(i.id)}/start`, { version: i.version })}>
                      {t('careNet.agenda.start', { title: i.title })}
                    </Button>
                  )}
                  {i.status === 'running' && (
                    <Button appearance="secondary-action-button" busy={busy} onClick={() => void act(`${itemApi(i.id)}/finish`, { version: i.version })}>
                      {t('careNet.agenda.finish')}
                    </Button>
                  )}
                  <Button appearance="subtle-button" disabled={index === 0 || busy} onClick={() => void act(`${itemApi(i.id)}/move`, { version: i.version, direction: 'up' })} aria-label={t('careNet.agenda.up', { title: i.title })}>
                    ↑ {t('careNet.agenda.upShort')}
                  </Button>
                  <Button
                    appearance="subtle-button"
                    disabled={index === m.items.length - 1 || busy}
                    onClick={() => void act(`${itemApi(i.id)}/move`, { version: i.version, direction: 'down' })}
                    aria-label={t('careNet.agenda.down', { title: i.title })}
                  >
                    ↓ {t('careNet.agenda.downShort')}
                  </Button>
                  {i.status === 'planned' && (
                    <Button appearance="subtle-button" busy={busy} onClick={() => void act(`${itemApi(i.id)}/remove`, { version: i.version })} aria-label={t('careNet.agenda.remove', { title: i.title })}>
                      {t('careNet.agenda.removeShort')}
                    </Button>
                  )}
                </ButtonGroup>
              )}
              {editable && i.status === 'planned' && <TimeBoxField item={i} onSaved={onSaved} />}
              {editable && i.kind === 'case' && i.status !== 'discussed' && <GuestForm item={i} onSaved={onSaved} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
