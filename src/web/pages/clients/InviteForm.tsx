import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { PRESETS, type Preset } from '../../api/circle-types';
import { INVITABLE_ROLES, type CreatedInvitation, type InvitableRole } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';

const FIELDS = ['displayName', 'email', 'role', 'relationLabel', 'preset'];

/** The access a new member starts from when nobody chooses (as the server does). */
const defaultPreset = (role: InvitableRole): Preset => (role === 'professional' ? 'professional' : role === 'vrijwilliger' ? 'buitenkring' : 'binnenkring');

interface Props {
  clientId: string;
  clientName: string;
  /** The roles this inviter may choose; the client themself or a representative cannot invite a client. */
  roles?: readonly InvitableRole[];
}

/**
 * Someone in the circle (a professional, the client, a representative) invites a person; the server
 * mails them a link. The chosen access starts once whoever decides for the client agrees.
 */
export function InviteForm({ clientId, clientName, roles = INVITABLE_ROLES }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitableRole>(roles.includes('naaste') ? 'naaste' : (roles[0] ?? 'naaste'));
  const [relationLabel, setRelationLabel] = useState('');
  // null: follow the role (naaste → binnenkring, vrijwilliger → buitenkring) until the inviter chooses.
  const [chosenPreset, setChosenPreset] = useState<Preset | null>(null);
  const preset = chosenPreset ?? defaultPreset(role);
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
          ...(role !== 'client' ? { preset } : {}),
        });
        clearErrors();
        setSent(t('invite.sent', { name: displayName.trim(), email: email.trim(), date: formatDateTime(result.expiresAt, locale) }));
        setDisplayName('');
        setEmail('');
        setRelationLabel('');
        setChosenPreset(null);
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
          onChange={(v) => setRole(roles.find((r) => r === v) ?? role)}
          options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          description={role === 'professional' ? t('invite.professionalHint') : undefined}
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
        {role !== 'client' ? (
          <>
            <RadioGroup
              id="invite-preset"
              legend={t('circle.invitePreset.legend')}
              value={preset}
              onChange={(v) => setChosenPreset(PRESETS.find((p) => p === v) ?? null)}
              options={PRESETS.map((p) => ({ value: p, label: t('circle.invitePreset.option', { preset: t(`circle.preset.${p}`), help: t(`circle.presetHelp.${p}`) }) }))}
              error={errors.fields.preset}
            />
            <Paragraph>{t('circle.invitePreset.explain', { name: clientName })}</Paragraph>
          </>
        ) : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('invite.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
