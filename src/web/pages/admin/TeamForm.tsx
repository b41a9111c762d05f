import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Team } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';

const FIELDS = ['name'];

interface Props {
  organisationId: string;
  onSaved: (message: string) => void;
}

/** Add a team to an organisation. The server refuses a name the organisation already has. */
export function TeamForm({ organisationId, onSaved }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({ name: !name.trim() && t('teams.nameRequired') }),
      async () => {
        const team = await api.post<Team>(`/api/admin/organisations/${encodeURIComponent(organisationId)}/teams`, { name: name.trim() });
        setName('');
        clearErrors();
        onSaved(t('teams.created', { name: team.name }));
      },
    );

  return (
    <section aria-labelledby="team-form-title" className="samenspel-section">
      <Heading level={2} id="team-form-title">
        {t('teams.newTitle')}
      </Heading>
      <Paragraph>{t('teams.newIntro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="team" fields={FIELDS} />
        <TextField id="team-name" label={t('teams.name')} value={name} onChange={setName} error={errors.fields.name} autoComplete="off" required />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('teams.add')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
