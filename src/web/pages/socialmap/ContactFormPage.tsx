import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useUser } from '../../session/useSession';
import { NoAccessPage } from '../NoAccessPage';
import { OrganisationField } from './OrganisationField';
import { asEntry, isOwner, mayEdit, OWNER_PATH, type Contact } from './ownerTypes';
import { WEEKDAYS } from './socialMapText';
import '../../styles/socialmap.css';

const FIELDS = ['organisationId', 'name', 'role', 'whatTheyDo', 'workingDays', 'absentUntil', 'phone', 'email'];

interface ContactDraft {
  organisationId: string;
  name: string;
  role: string;
  whatTheyDo: string;
  workingDays: string[];
  absentUntil: string;
  phone: string;
  email: string;
}

const draftOf = (c: Contact): ContactDraft => ({
  organisationId: c.organisationId,
  name: c.name,
  role: c.role,
  whatTheyDo: c.whatTheyDo ?? '',
  workingDays: c.workingDays.map(String),
  absentUntil: c.absentUntil ?? '',
  phone: c.phone ?? '',
  email: c.email ?? '',
});

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** /sociale-kaart/contactpersonen/nieuw and …/:id/bewerken — a named person: what they do, when they work, when they are away, how to reach them. */
export function ContactFormPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { id } = useParams();
  const loaded = useApi<Contact>(id ? `/api/social-map/contacts/${encodeURIComponent(id)}` : null);
  if (!isOwner(user)) return <NoAccessPage />;
  if (!id) return <ContactForm initial={null} />;
  if (!loaded.data) {
    return (
      <>
        <PageTitle>{t('socialMapOwner.contact.editTitle')}</PageTitle>
        {loaded.error ? <ProblemAlert error={loaded.error} /> : <LoadingMessage />}
      </>
    );
  }
  if (!mayEdit(user, loaded.data.organisationId)) return <NoAccessPage />;
  return <ContactForm key={loaded.data.id} initial={loaded.data} />;
}

function ContactForm({ initial }: { initial: Contact | null }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ContactDraft>(
    initial ? draftOf(initial) : { organisationId: user?.roles.includes('beheerder') ? '' : (user?.organisationId ?? ''), name: '', role: '', whatTheyDo: '', workingDays: [], absentUntil: '', phone: '', email: '' },
  );
  const [version, setVersion] = useState(initial?.version ?? 0);
  const { errors, busy, conflict, submit } = useFormSubmit<Contact>({
    conflict: {
      parse: (current) => asEntry<Contact>(current),
      load: (current) => {
        setDraft(draftOf(current));
        setVersion(current.version);
      },
    },
  });
  const set = <K extends keyof ContactDraft>(key: K) => (value: ContactDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          organisationId: !draft.organisationId && t('socialMapOwner.form.organisationRequired'),
          name: !draft.name.trim() && t('socialMapOwner.contact.nameRequired'),
          role: !draft.role.trim() && t('socialMapOwner.contact.roleRequired'),
          email: draft.email.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim()) && t('socialMapOwner.contact.emailInvalid'),
          absentUntil: draft.absentUntil !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(draft.absentUntil) && t('socialMapOwner.contact.dateInvalid'),
        }),
      async () => {
        const body = {
          organisationId: draft.organisationId,
          name: draft.name.trim(),
          role: draft.role.trim(),
          whatTheyDo: orNull(draft.whatTheyDo),
          workingDays: draft.workingDays.map(Number).sort(),
          absentUntil: orNull(draft.absentUntil),
          phone: orNull(draft.phone),
          email: orNull(draft.email),
        };
        const saved = initial
          ? await api.put<Contact>(`/api/social-map/contacts/${encodeURIComponent(initial.id)}`, { ...body, version })
          : await api.post<Contact>('/api/social-map/contacts', body);
        navigate(OWNER_PATH, { state: { message: t(initial ? 'socialMapOwner.contact.saved' : 'socialMapOwner.contact.added', { name: saved.name }) } });
      },
    );

  return (
    <>
      <Paragraph className="socialmap-back">
        <AppLink to={OWNER_PATH}>{t('socialMapOwner.backToOwner')}</AppLink>
      </Paragraph>
      <PageTitle>{initial ? t('socialMapOwner.contact.editTitle') : t('socialMapOwner.contact.newTitle')}</PageTitle>
      <Paragraph>{t('socialMapOwner.contact.intro')}</Paragraph>
      <Heading level={2} id="socialmap-form-title">
        {t('socialMapOwner.contact.formTitle')}
      </Heading>
      {conflict ? <ConflictAlert /> : null}
      <form noValidate aria-labelledby="socialmap-form-title" onSubmit={(e) => void onSubmit(e)} className="samenspel-form socialmap-form">
        <ErrorSummary
          errors={errors}
          idPrefix="contact"
          fields={FIELDS}
          labels={{
            organisationId: t('socialMapOwner.form.organisation'),
            name: t('socialMapOwner.contact.name'),
            role: t('socialMapOwner.contact.role'),
            whatTheyDo: t('socialMapOwner.contact.whatTheyDo'),
            workingDays: t('socialMapOwner.contact.workingDays'),
            absentUntil: t('socialMapOwner.contact.absentUntil'),
            phone: t('socialMapOwner.contact.phone'),
            email: t('socialMapOwner.contact.email'),
          }}
        />
        <OrganisationField
          id="contact-organisationId"
          value={draft.organisationId}
          onChange={set('organisationId')}
          error={errors.fields.organisationId}
          {...(initial ? { currentName: initial.organisationName } : {})}
        />
        <TextField id="contact-name" label={t('socialMapOwner.contact.name')} value={draft.name} onChange={set('name')} error={errors.fields.name} maxLength={200} required autoComplete="off" />
        <TextField id="contact-role" label={t('socialMapOwner.contact.role')} description={t('socialMapOwner.contact.roleHint')} value={draft.role} onChange={set('role')} error={errors.fields.role} maxLength={200} required autoComplete="off" />
        <TextAreaField id="contact-whatTheyDo" label={t('socialMapOwner.contact.whatTheyDo')} description={t('socialMapOwner.contact.whatTheyDoHint')} value={draft.whatTheyDo} onChange={set('whatTheyDo')} error={errors.fields.whatTheyDo} maxLength={2000} rows={4} />
        <CheckboxGroup
          id="contact-workingDays"
          legend={t('socialMapOwner.contact.workingDays')}
          values={draft.workingDays}
          onChange={set('workingDays')}
          error={errors.fields.workingDays}
          options={WEEKDAYS.map((d) => ({ value: d, label: t(`socialMap.weekday.${d}`) }))}
        />
        <TextField id="contact-absentUntil" type="date" label={t('socialMapOwner.contact.absentUntil')} description={t('socialMapOwner.contact.absentUntilHint')} value={draft.absentUntil} onChange={set('absentUntil')} error={errors.fields.absentUntil} />
        <TextField id="contact-phone" type="tel" label={t('socialMapOwner.contact.phone')} value={draft.phone} onChange={set('phone')} error={errors.fields.phone} maxLength={40} autoComplete="off" />
        <TextField id="contact-email" type="email" label={t('socialMapOwner.contact.email')} value={draft.email} onChange={set('email')} error={errors.fields.email} maxLength={254} autoComplete="off" />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {initial ? t('socialMapOwner.form.save') : t('socialMapOwner.contact.add')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
