import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';
import type { MessageView } from './types';

interface Props {
  id: string;
  messages: MessageView[];
  /** Where a new message goes; null when the viewer may only read. */
  postUrl: string | null;
  onSent: (message: string) => void;
}

/** Messages between the client's side and the volunteer, with an optional phone call date. */
export function MessageThread({ id, messages, postUrl, onSent }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [body, setBody] = useState('');
  const [callDate, setCallDate] = useState('');
  const [callTime, setCallTime] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ body: !body.trim() && t('volunteers.detail.required'), callTime: !!callDate && !callTime && t('volunteers.detail.required') }),
      async () => {
        await api.post(postUrl!, { body: body.trim(), callDate: callDate || null, callTime: callDate ? callTime : null });
        clearErrors();
        setBody('');
        setCallDate('');
        setCallTime('');
        onSent(t('volunteers.circle.sent'));
      },
    );
  return (
    // Not a landmark: a volunteer has one thread per match, and the same name would repeat.
    <div className="samenspel-section">
      <Heading level={3} id={`${id}-title`}>
        {t('volunteers.circle.messagesTitle')}
      </Heading>
      {messages.length === 0 ? (
        <Paragraph>{t('volunteers.circle.noMessages')}</Paragraph>
      ) : (
        <ol className="volunteers-list" aria-labelledby={`${id}-title`}>
          {messages.map((m) => (
            <li key={m.id} className={m.mine ? 'volunteers-message--mine' : undefined}>
              <Paragraph>
                <strong>{t('volunteers.circle.from', { name: m.authorLabel, when: formatDateTime(m.createdAt, locale) })}</strong>
              </Paragraph>
              <Paragraph>{m.body}</Paragraph>
              {m.callAt ? <Paragraph>☎ {t('volunteers.circle.callAt', { when: formatDateTime(m.callAt, locale) })}</Paragraph> : null}
            </li>
          ))}
        </ol>
      )}
      {postUrl ? (
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
          <ErrorSummary errors={errors} idPrefix={id} fields={['body', 'callDate', 'callTime']} />
          <TextAreaField id={`${id}-body`} label={t('volunteers.circle.message')} value={body} onChange={setBody} error={errors.fields.body} maxLength={2000} rows={3} required />
          <TextField id={`${id}-callDate`} type="date" label={t('volunteers.circle.callDate')} value={callDate} onChange={setCallDate} error={errors.fields.callDate} />
          <TextField id={`${id}-callTime`} type="time" label={t('volunteers.circle.callTime')} value={callTime} onChange={setCallTime} error={errors.fields.callTime} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('volunteers.circle.send')}
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
    </div>
  );
}
