import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS, fieldErrors } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatDate } from '../../lib/format';
import { netmapApi } from './paths';
import type { MapView, PersonView } from './types';

const ROLES = ['naaste', 'vrijwilliger', 'vertegenwoordiger'] as const;

/** Is this person in the circle? Invite them, or say which member they are. */
export function PersonCircle({ clientId, person, map, onChanged }: { clientId: string; person: PersonView; map: MapView; onChanged: (p: PersonView, message: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number]>('naaste');
  const [linkId, setLinkId] = useState(person.member?.linkId ?? '');
  const invite = useFormSubmit();
  const link = useFormSubmit();
  const inv = person.invitation;

  return (
    <section aria-labelledby="netmap-circle-title" className="samenspel-section">
      <Heading level={2} id="netmap-circle-title">
        {t('netmap.person.linkTitle')}
      </Heading>
      {person.member ? <Paragraph>{t('netmap.person.inCircle', { name: person.member.name, relation: t(`relations.${person.member.relation}`, { defaultValue: person.member.relation }) })}</Paragraph> : null}
      {inv && !person.member ? (
        <Paragraph>
          {inv.state === 'open'
            ? t('netmap.person.invitationOpen', { date: formatDate(inv.expiresAt, locale) })
            : inv.state === 'expired'
              ? t('netmap.person.invitationExpired')
              : inv.state === 'revoked'
                ? t('netmap.person.invitationRevoked')
                : null}
        </Paragraph>
      ) : null}
      {map.canEdit ? (
        <form
          noValidate
          onSubmit={(e) =>
            void link.submit(e, () => NO_ERRORS, async () => {
              const saved = await api.put<PersonView>(`${netmapApi.person(clientId, person.id)}/member`, { linkId: linkId || null, version: person.version });
              onChanged(saved, t('netmap.person.linked'));
            })
          }
        >
          <ErrorSummary errors={link.errors} idPrefix="netmap-link" fields={['linkId']} />
          <SelectField
            id="netmap-link-linkId"
            label={t('netmap.person.linkLabel')}
            value={linkId}
            onChange={setLinkId}
            error={link.errors.fields.linkId}
            options={[
              { value: '', label: t('netmap.person.linkNone') },
              ...(person.member ? [{ value: person.member.linkId, label: person.member.name }] : []),
              ...map.membersNotOnMap.map((m) => ({ value: m.linkId, label: m.label ? `${m.name} (${m.label})` : m.name })),
            ]}
          />
          <Button type="submit" appearance="secondary-action-button" busy={link.busy}>
            {t('netmap.person.link')}
          </Button>
        </form>
      ) : null}
      {map.canInvite && !person.member && inv?.state !== 'open' ? (
        <form
          noValidate
          className="samenspel-form"
          onSubmit={(e) =>
            void invite.submit(
              e,
              () => fieldErrors({ email: !email.trim() && t('netmap.form.required') }),
              async () => {
                const saved = await api.post<PersonView>(`${netmapApi.person(clientId, person.id)}/invite`, { email: email.trim(), role, version: person.version });
                setEmail('');
                onChanged(saved, t('netmap.person.invited'));
              },
            )
          }
        >
          <Heading level={3}>{t('netmap.person.inviteTitle')}</Heading>
          <Paragraph>{t('netmap.person.inviteIntro')}</Paragraph>
          <ErrorSummary errors={invite.errors} idPrefix="netmap-invite" fields={['email', 'role']} />
          <TextField id="netmap-invite-email" type="email" autoComplete="off" label={t('netmap.person.email')} value={email} onChange={setEmail} error={invite.errors.fields.email} required />
          <SelectField
            id="netmap-invite-role"
            label={t('netmap.person.role')}
            value={role}
            onChange={(v) => setRole(v as (typeof ROLES)[number])}
            options={ROLES.map((r) => ({ value: r, label: t(`netmap.person.roleOption.${r}`) }))}
            error={invite.errors.fields.role}
          />
          <Button type="submit" appearance="secondary-action-button" busy={invite.busy}>
            {t('netmap.person.invite')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
