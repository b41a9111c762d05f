import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';
import { EditEntryForm } from './EditEntryForm';
import { KindIcon } from './KindIcon';
import { ReactionForm } from './ReactionForm';
import type { Entry } from './types';

interface Props {
  clientId: string;
  entry: Entry;
  canReact: boolean;
  onChanged: (message: string | null) => void;
}

/** One entry of the logbook: who wrote what and when; good news stands out; reports carry the client's reaction. */
export function EntryCard({ clientId, entry: e, canReact, onChanged }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const titleId = `entry-${e.id}-title`;
  const saved = (m: string | null) => {
    setEditing(false);
    onChanged(m);
  };

  return (
    <li className={`logbook-entry logbook-entry--${e.kind}`}>
      <article aria-labelledby={titleId}>
        <header className="logbook-entry__head">
          <KindIcon kind={e.kind} />
          <div>
            <p id={titleId} className="logbook-entry__kind">
              {t(`logbook.kind.${e.kind}`)}
            </p>
            <p className="logbook-entry__meta">
              {t('logbook.byOn', { who: e.mine ? t('logbook.you') : e.authorLabel, when: formatDateTime(e.createdAt, locale) })}
              {e.editedAt ? ` · ${t('logbook.edited')}` : ''}
            </p>
          </div>
        </header>
        {editing ? (
          <EditEntryForm clientId={clientId} entry={e} onSaved={saved} onCancel={() => setEditing(false)} />
        ) : (
          <Paragraph className="samenspel-preserve-lines logbook-entry__body">{e.body}</Paragraph>
        )}
        {e.reaction ? (
          <div className={`logbook-reaction logbook-reaction--${e.reaction.reaction}`}>
            <Paragraph>
              <strong>{t(`logbook.reactionShown.${e.reaction.reaction}`, { who: e.reaction.byLabel })}</strong>
              {e.reaction.note ? ` ${e.reaction.note}` : ''}
            </Paragraph>
            {e.reaction.onCurrentText ? null : <Paragraph className="logbook-note">{t('logbook.reactionOlder')}</Paragraph>}
          </div>
        ) : e.kind === 'rapportage' ? (
          <Paragraph className="logbook-note">{t('logbook.noReaction')}</Paragraph>
        ) : null}
        {e.kind === 'rapportage' && canReact && !editing ? <ReactionForm key={e.version} clientId={clientId} entry={e} onChanged={onChanged} /> : null}
        {e.mine && !editing ? (
          <ButtonGroup>
            <Button type="button" appearance="subtle-button" onClick={() => setEditing(true)}>
              {t('logbook.edit')}
            </Button>
          </ButtonGroup>
        ) : null}
      </article>
    </li>
  );
}
