import { Button, ButtonGroup, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { Icon } from './Pictogram';
import type { Dialogue } from './types';

/** One toekomstplan conversation, shown in the form the young person chose. */
export function DialogueCard({ dialogue: d, onEdit }: { dialogue: Dialogue; onEdit?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = `dialogue-${d.id}-heading`;
  return (
    <article className="samenspel-continuity-card" aria-labelledby={title}>
      <Heading level={3} id={title}>
        {t('continuity.future.conversationOn', { date: formatCalendarDate(d.heldOn, locale) })}
      </Heading>
      <Paragraph>
        <strong>{t('continuity.future.whoJoined')}</strong> {d.participants.map((p) => `${p.name} (${t(`continuity.participantKinds.${p.kind}`)})`).join(', ')}
      </Paragraph>
      {d.format === 'tekst' && d.story ? <blockquote className="samenspel-continuity-quote samenspel-preserve-lines">{d.story}</blockquote> : null}
      {d.format === 'plaatjes' ? (
        <ul className="samenspel-continuity-pictograms" aria-label={t('continuity.future.chosenPictures')}>
          {d.pictograms.map((p) => (
            <li key={p}>
              <Icon name={p} size={56} />
              <span>{t(`continuity.pictograms.${p}`)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="samenspel-continuity-columns">
        <div>
          <Heading level={4}>{t('continuity.future.topicsDiscussedTitle')}</Heading>
          <UnorderedList>
            {d.topicsDiscussed.map((s, i) => (
              <UnorderedListItem key={i}>{s}</UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
        <div>
          <Heading level={4}>{t('continuity.future.topicsOpenTitle')}</Heading>
          {d.topicsOpen.length ? (
            <UnorderedList>
              {d.topicsOpen.map((s, i) => (
                <UnorderedListItem key={i}>{s}</UnorderedListItem>
              ))}
            </UnorderedList>
          ) : (
            <Paragraph>{t('continuity.future.noneOpen')}</Paragraph>
          )}
        </div>
      </div>
      {d.wishes.length ? (
        <>
          <Heading level={4}>{t('continuity.future.wishesTitle')}</Heading>
          <UnorderedList>
            {d.wishes.map((w, i) => (
              <UnorderedListItem key={i}>
                {w.text} {w.changeable ? <span className="samenspel-continuity-badge">{t('continuity.future.mayChange')}</span> : null}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      <Paragraph className="samenspel-continuity-muted">{t('continuity.future.writtenBy', { name: d.createdBy })}</Paragraph>
      {onEdit ? (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={onEdit}>
            {t('continuity.future.edit', { date: formatCalendarDate(d.heldOn, locale) })}
          </Button>
        </ButtonGroup>
      ) : null}
    </article>
  );
}
