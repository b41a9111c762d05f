import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Correction, CorrectionTask } from '../../api/avg-types';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { useFormSubmit } from '../../components/useFormSubmit';
import { TextAreaField } from '../../components/TextAreaField';

const FIELDS = ['status', 'resolution'];
const MIN = 5;
const MAX = 2000;

type Outcome = 'done' | 'declined';

const asCorrection = (v: unknown): Correction | null =>
  typeof v === 'object' && v !== null && 'id' in v && 'version' in v && typeof v.version === 'number' ? (v as Correction) : null;

/** A professional answers one request. A 409 means someone else changed it: the form takes the new version. */
export function ResolveForm({ task, onResolved }: { task: CorrectionTask; onResolved: (current: Correction) => void }) {
  const { t } = useTranslation();
  const prefix = `avg-resolve-${task.id}`;
  const [status, setStatus] = useState<Outcome>('done');
  const [resolution, setResolution] = useState('');
  const [version, setVersion] = useState(task.version);
  const { errors, busy, conflict, submit } = useFormSubmit<Correction>({
    conflict: {
      parse: asCorrection,
      load: (current) => {
        setVersion(current.version);
        // Someone else already answered it: it leaves this list.
        if (current.status !== 'open') onResolved(current);
      },
    },
  });

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({ resolution: resolution.trim().length < MIN && t('avg.tasks.resolutionRequired') }),
      async () => {
        const done = await api.post<Correction>(
          `/api/clients/${encodeURIComponent(task.clientId)}/corrections/${encodeURIComponent(task.id)}/resolve`,
          { status, resolution: resolution.trim(), version },
        );
        onResolved(done);
      },
    );

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix={prefix} fields={FIELDS} />
      <RadioGroup
        id={`${prefix}-status`}
        legend={t('avg.tasks.outcome')}
        value={status}
        onChange={(v) => setStatus(v === 'declined' ? 'declined' : 'done')}
        options={[
          { value: 'done', label: t('avg.tasks.done') },
          { value: 'declined', label: t('avg.tasks.declined') },
        ]}
        error={errors.fields.status}
      />
      <TextAreaField
        id={`${prefix}-resolution`}
        label={t('avg.tasks.resolution')}
        description={t('avg.tasks.resolutionHint')}
        value={resolution}
        onChange={setResolution}
        error={errors.fields.resolution}
        maxLength={MAX}
        rows={4}
        required
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('avg.tasks.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
