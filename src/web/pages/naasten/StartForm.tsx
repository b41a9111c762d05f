import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';

interface Start {
  admittedOn: string;
  version: number;
}
const isStart = (v: unknown): v is Start => typeof v === 'object' && v !== null && 'admittedOn' in v && 'version' in v;

/** The start or admission date of the circle; the naastenkaarten are due a number of days after it. */
export function StartForm({ clientId, admittedOn, version, onSaved }: Start & { clientId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [day, setDay] = useState(admittedOn);
  const [v, setV] = useState(version);
  const { errors, busy, conflict, submit } = useFormSubmit<Start>({
    conflict: {
      parse: (c) => (isStart(c) ? c : null),
      load: (c) => {
        setDay(c.admittedOn);
        setV(c.version);
      },
    },
  });
  return (
    <form
      noValidate
      className="samenspel-form"
      aria-label={t('naasten.start.label')}
      onSubmit={(e) =>
        void submit(
          e,
          () => fieldErrors({ admittedOn: day === '' && t('naasten.start.required') }),
          async () => {
            const res = await api.put<Start>(`/api/clients/${encodeURIComponent(clientId)}/naastenkaarten-start`, { admittedOn: day, version: v });
            setV(res.version);
            onSaved();
          },
        )
      }
    >
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix="start" fields={['admittedOn']} labels={{ admittedOn: t('naasten.start.label') }} />
      <TextField id="start-admittedOn" type="date" label={t('naasten.start.label')} value={day} onChange={setDay} error={errors.fields.admittedOn} />
      <Button type="submit" appearance="secondary-action-button" busy={busy}>
        {t('naasten.start.save')}
      </Button>
    </form>
  );
}
