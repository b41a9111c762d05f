import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { INVITABLE_ROLES, type CreatedInvitation, type InvitableRole } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';

const FIELDS = ['displayName', 'email', 'role', 'relationLabel'];

/** A professional invites someone into the client's circle; the server mails them a link. */
export function InviteForm({ clientId, clientName }: { clientId: string; clientName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitableRole>('naaste');
  const [relationLabel, setRelationLabel] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();
  const [sent, setSent] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          displayName: !displayName.trim() && t('invite.nameRequired'),
          email: !email.trim() && t('invite.emailRequired'),
        }),
      async () => {
        setSent(null);
        const result = await api.post<CreatedInvitation>('/api/invitations', {
          clientId,
          email: email.trim(),
          displayName: displayName.trim(),
          role,
          ...(relationLabel.trim() ? { relationLabel: relationLabel.trim() } : {}),
        });
        clearErrors();
        setSent(t('invite.sent', { name: displayName.trim(), email: email.trim(), date: formatDateTime(result.expiresAt, locale) }));
        setDisplayName('');
        setEmail('');
        setRelationLabel('');
      },
    );

  return (
    <section aria-labelledby="invite-title" className="samenspel-section">
      <Heading level={2} id="invite-title">
        {t('invite.title')}
      </Heading>
      <Paragraph>{t('invite.intro', { name: clientName })}</Paragraph>
      {sent ? <SuccessAlert focus>{sent}</SuccessAlert> : null}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="invite" fields={FIELDS} />
        <TextField
          id="invite-displayName"
          label={t('invite.name')}
          autoComplete="off"
          value={displayName}
          onChange={setDisplayName}
          error={errors.fields.displayName}
          required
        />
        <TextField
          id="invite-email"
          type="email"
          autoComplete="off"
          label={t('invite.email')}
          value={email}
          onChange={setEmail}
          error={errors.fields.email}
          required
        />
        <SelectField
          id="invite-role"
          label={t('invite.role')}
          value={role}
          onChange={(v) => setRole(INVITABLE_ROLES.find((r) => r === v) ?? 'naaste')}
          options={INVITABLE_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          error={errors.fields.role}
          required
        />
        <TextField
          id="invite-relationLabel"
          label={t('invite.relationLabel')}
          description={t('invite.relationLabelHint')}
          value={relationLabel}
          onChange={setRelationLabel}
          error={errors.fields.relationLabel}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('invite.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
