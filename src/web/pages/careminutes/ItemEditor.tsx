import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatTime } from '../../lib/format';
import { minutesApi, type ItemMinutesView } from './types';

const isItem = (v: unknown): v is ItemMinutesView => typeof v === 'object' && v !== null && 'itemId' in v && 'body' in v && 'version' in v;

/**
 * The secretary's text for one agenda item. It saves when the field loses focus (and with the
 * button), so little is lost while the meeting runs; when someone else saved in between, their
 * text comes in and a warning says so.
 */
export function ItemEditor({ meetingId, item, onSaved }: { meetingId: string; item: ItemMinutesView; onSaved: (item: ItemMinutesView) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [body, setBody] = useState(item.body);
  const [decisions, setDecisions] = useState(item.decisions);
  const [version, setVersion] = useState(item.version);
  const [savedAt, setSavedAt] = useState<string | null>(item.updatedAt);
  const [saved, setSaved] = useState({ body: item.body, decisions: item.decisions });
  const load = (current: ItemMinutesView) => {
    setBody(current.body);
    setDecisions(current.decisions);
    setVersion(current.version);
    setSaved({ body: current.body, decisions: current.decisions });
    setSavedAt(current.updatedAt);
  };
  const { errors, busy, conflict, submit } = useFormSubmit<ItemMinutesView>({ conflict: { parse: (c) => (isItem(c) ? c : null), load } });
  const p = `item-${item.itemId}`;
  const save = (e: FormEvent) =>
    submit(
      e,
      () => ({ summary: [], fields: {} }),
      async () => {
        const sent = { body, decisions };
        const next = await api.put<ItemMinutesView>(`${minutesApi(meetingId)}/items/${encodeURIComponent(item.itemId)}`, { ...sent, version });
        // Only the version and the saved copy change: typing that went on meanwhile stays in the fields.
        setVersion(next.version);
        setSaved(sent);
        setSavedAt(next.updatedAt);
        onSaved(next);
      },
    );
  const dirty = body !== saved.body || decisions !== saved.decisions;
  const onBlur = (e: FormEvent) => {
    if (dirty && !busy) void save(e);
  };
  return (
    <form noValidate onSubmit={(e) => void save(e)} onBlur={onBlur} className="samenspel-form">
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix={p} fields={['body', 'decisions']} labels={{ body: t('careMinutes.minutes.body'), decisions: t('careMinutes.minutes.decisions') }} />
      <TextAreaField id={`${p}-body`} label={t('careMinutes.minutes.body')} description={t('careMinutes.minutes.bodyHint')} value={body} onChange={setBody} error={errors.fields.body} maxLength={20000} rows={6} />
      <TextAreaField id={`${p}-decisions`} label={t('careMinutes.minutes.decisions')} value={decisions} onChange={setDecisions} error={errors.fields.decisions} maxLength={4000} rows={3} />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {t('careMinutes.minutes.save')}
        </Button>
      </ButtonGroup>
      <Paragraph small aria-live="polite">
        {dirty ? t('careMinutes.minutes.unsaved') : savedAt ? t('careMinutes.minutes.savedAt', { time: formatTime(savedAt, locale) }) : ''}
      </Paragraph>
    </form>
  );
}
