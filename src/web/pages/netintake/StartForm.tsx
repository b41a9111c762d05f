import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { ParticipantsField } from './ParticipantsField';
import { intakeApi } from './types';

/** Starting the conversation: who takes part. The client and the person starting are filled in already. */
export function StartForm({ clientId, defaults, onStarted }: { clientId: string; defaults: string[]; onStarted: () => void }) {
  const { t } = useTranslation();
  const [participants, setParticipants] = useState(defaults);
  const { errors, busy, submit } = useFormSubmit();
  const p = 'intake-start';
  const names = participants.map((x) => x.trim()).filter(Boolean);
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ participants: names.length === 0 && t('netIntake.start.required') }),
      async () => {
        await api.post(intakeApi(clientId), { participants: names });
        onStarted();
      },
    );
  return (
    <section aria-labelledby={`${p}-title`} className="samenspel-section">
      <Heading level={2} id={`${p}-title`}>
        {t('netIntake.start.title')}
      </Heading>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix={p} fields={['participants']} labels={{ participants: t('netIntake.start.participants') }} />
        <ParticipantsField id={`${p}-participants`} values={participants} onChange={setParticipants} error={errors.fields.participants} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('netIntake.start.button')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
