import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { STAFF_ROLES, type AdminUser, type Organisation, type Team, type UserStatus } from '../../api/types';
import { useApi } from '../../api/useApi';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { asUser } from './current';

const FIELDS = ['displayName', 'email', 'roles', 'organisationId', 'teamId', 'status'];

interface Props {
  /** null: a new user (the server e-mails them an invitation). */
  user: AdminUser | null;
  organisations: Organisation[];
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Add a user, or change name, roles, organisation, team and status. A stale version (409) loads the newest data. */
export function UserForm({ user, organisations, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [roles, setRoles] = useState<string[]>(user?.roles ?? []);
  const [organisationId, setOrganisationId] = useState(user?.organisationId ?? '');
  const [teamId, setTeamId] = useState(user?.teamId ?? '');
  const [status, setStatus] = useState<UserStatus>(user?.status ?? 'active');
  const [version, setVersion] = useState(user?.version ?? 0);
  const { errors, busy, conflict, submit } = useFormSubmit({
    conflict: {
      parse: asUser,
      load: (current) => {
        setDisplayName(current.displayName);
        setRoles(current.roles);
        setOrganisationId(current.organisationId ?? '');
        setTeamId(current.teamId ?? '');
        setStatus(current.status);
        setVersion(current.version);
      },
    },
  });
  const editing = user !== null;
  // The teams of the chosen organisation; a team of another organisation is not allowed.
  const teams = useApi<Team[]>(organisationId ? `/api/admin/organisations/${encodeURIComponent(organisationId)}/teams` : null);
  const teamOptions =
    teams.data?.map((team) => ({ value: team.id, label: team.name })) ??
    (user?.teamId && user.teamName && teamId === user.teamId ? [{ value: user.teamId, label: user.teamName }] : []);

  const chooseOrganisation = (value: string) => {
    setOrganisationId(value);
    if (value !== organisationId) setTeamId('');
  };

  useEffect(() => {
    if (editing) headingRef.current?.focus();
  }, [editing]);

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          displayName: !displayName.trim() && t('users.nameRequired'),
          email: !editing && !email.trim() && t('users.emailRequired'),
          roles: roles.length === 0 && t('users.rolesRequired'),
        }),
      async () => {
        if (user) {
          await api.patch(`/api/admin/users/${encodeURIComponent(user.id)}`, {
            displayName: displayName.trim(),
            roles,
            organisationId: organisationId || null,
            teamId: (organisationId && teamId) || null,
            status,
            version,
          });
          onSaved(t('users.updated', { name: displayName.trim() }));
        } else {
          await api.post('/api/admin/users', {
            displayName: displayName.trim(),
            email: email.trim(),
            roles,
            ...(organisationId ? { organisationId } : {}),
            ...(organisationId && teamId ? { teamId } : {}),
          });
          onSaved(t('users.created', { name: displayName.trim(), email: email.trim() }));
        }
      },
    );

  return (
    <section aria-labelledby="user-form-title" className="samenspel-section">
      <Heading level={2} id="user-form-title" ref={headingRef} tabIndex={-1}>
        {editing ? t('users.editTitle', { name: user.displayName }) : t('users.newTitle')}
      </Heading>
      {!editing ? <Paragraph>{t('users.newIntro')}</Paragraph> : null}
      {conflict ? <ConflictAlert /> : null}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="user" fields={editing ? FIELDS.filter((f) => f !== 'email') : FIELDS} />
        <TextField
          id="user-displayName"
          label={t('users.name')}
          value={displayName}
          onChange={setDisplayName}
          error={errors.fields.displayName}
          autoComplete="off"
          required
        />
        {editing ? (
          <Paragraph>{t('users.emailFixed', { email: user.email })}</Paragraph>
        ) : (
          <TextField
            id="user-email"
            type="email"
            label={t('users.email')}
            value={email}
            onChange={setEmail}
            error={errors.fields.email}
            autoComplete="off"
            required
          />
        )}
        <CheckboxGroup
          id="user-roles"
          legend={t('users.roles')}
          values={roles}
          onChange={setRoles}
          options={STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          error={errors.fields.roles}
        />
        <SelectField
          id="user-organisationId"
          label={t('users.organisation')}
          value={organisationId}
          onChange={chooseOrganisation}
          options={[{ value: '', label: t('users.noOrganisation') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
          error={errors.fields.organisationId}
        />
        <SelectField
          id="user-teamId"
          label={t('users.team')}
          value={teamId}
          onChange={setTeamId}
          options={[{ value: '', label: t('users.noTeam') }, ...teamOptions]}
          error={errors.fields.teamId ?? (teams.error ? teams.error.userMessage(locale) : undefined)}
          description={organisationId ? undefined : t('users.teamNeedsOrganisation')}
          disabled={!organisationId}
        />
        {editing ? (
          <RadioGroup
            id="user-status"
            legend={t('users.status')}
            value={status}
            onChange={(v) => setStatus(v === 'disabled' ? 'disabled' : 'active')}
            options={[
              { value: 'active', label: t('users.statusValue.active') },
              { value: 'disabled', label: t('users.statusValue.disabled') },
            ]}
            error={errors.fields.status}
          />
        ) : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {editing ? t('common.save') : t('users.add')}
          </Button>
          {editing ? (
            <Button appearance="secondary-action-button" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
    </section>
  );
}
