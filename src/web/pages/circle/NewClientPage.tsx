import '../../styles/circle.css';
import { Button, ButtonGroup, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { LabelledField } from '../../components/LabelledField';
import { PageTitle } from '../../components/PageTitle';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { PROFESSIONAL_ROLES, hasRole } from '../../session/roles';
import { useUser } from '../../session/useSession';
import { NoAccessPage } from '../NoAccessPage';
import { clientPagePath } from './paths';

const FIELDS = ['firstName', 'lastName', 'birthDate', 'street', 'postcode', 'city', 'phone', 'email', 'story', 'decisionCapacity'];

function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Whole years on today, like the server counts them. */
function ageOf(birthDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!m) return null;
  const [y, mo, d] = todayIso().split('-').map(Number) as [number, number, number];
  return y - Number(m[1]) - (mo < Number(m[2]) || (mo === Number(m[2]) && d < Number(m[3])) ? 1 : 0);
}

const optional = (v: string) => (v.trim() ? v.trim() : null);

/** /clienten/nieuw — a professional registers a new client and starts their circle. */
export function NewClientPage() {
  const user = useUser();
  return hasRole(user, ...PROFESSIONAL_ROLES) ? <NewClientForm /> : <NoAccessPage />;
}

function NewClientForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [street, setStreet] = useState('');
  const [postcode, setPostcode] = useState('');
  const [city, setCity] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [story, setStory] = useState('');
  const [capacity, setCapacity] = useState<'able' | 'unable'>('able');
  const { errors, busy, submit } = useFormSubmit();
  const age = ageOf(birthDate);

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          firstName: !firstName.trim() && t('circle.newClient.firstNameRequired'),
          lastName: !lastName.trim() && t('circle.newClient.lastNameRequired'),
          birthDate: !birthDate ? t('circle.newClient.birthDateRequired') : (age === null || age < 0 || birthDate > todayIso()) && t('circle.newClient.birthDateInvalid'),
          email: email.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) && t('circle.newClient.emailInvalid'),
        }),
      async () => {
        const created = await api.post<{ clientId: string }>('/api/circles', {
          firstName: firstName.trim(),
          lastName: lastName.trim(),
          birthDate,
          street: optional(street),
          postcode: optional(postcode),
          city: optional(city),
          phone: optional(phone),
          email: optional(email),
          story: optional(story),
          decisionCapacity: age !== null && age >= 16 ? capacity : 'able',
        });
        navigate(clientPagePath(created.clientId), { state: { message: t('circle.newClient.created', { name: `${firstName.trim()} ${lastName.trim()}` }) } });
      },
    );

  return (
    <>
      <PageTitle>{t('circle.newClient.title')}</PageTitle>
      <Paragraph>{t('circle.newClient.intro')}</Paragraph>
      <Paragraph>{t('circle.newClient.consent')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="client" fields={FIELDS} />
        <TextField id="client-firstName" label={t('circle.newClient.firstName')} value={firstName} onChange={setFirstName} error={errors.fields.firstName} autoComplete="off" required />
        <TextField id="client-lastName" label={t('circle.newClient.lastName')} value={lastName} onChange={setLastName} error={errors.fields.lastName} autoComplete="off" required />
        <TextField
          id="client-birthDate"
          type="date"
          label={t('circle.newClient.birthDate')}
          value={birthDate}
          onChange={setBirthDate}
          error={errors.fields.birthDate}
          max={todayIso()}
          required
        />
        {age !== null && age >= 16 ? (
          <RadioGroup
            id="client-decisionCapacity"
            legend={t('circle.newClient.capacity')}
            value={capacity}
            onChange={(v) => setCapacity(v === 'unable' ? 'unable' : 'able')}
            options={[
              { value: 'able', label: t('circle.newClient.capacityAble') },
              { value: 'unable', label: t('circle.newClient.capacityUnable') },
            ]}
            error={errors.fields.decisionCapacity}
          />
        ) : age !== null && age >= 0 ? (
          <Paragraph>{age < 12 ? t('circle.newClient.ruleYoung') : t('circle.newClient.ruleBoth')}</Paragraph>
        ) : null}
        <Heading level={2}>{t('circle.newClient.contactTitle')}</Heading>
        <TextField id="client-street" label={t('circle.newClient.street')} value={street} onChange={setStreet} error={errors.fields.street} autoComplete="off" />
        <TextField id="client-postcode" label={t('circle.newClient.postcode')} value={postcode} onChange={setPostcode} error={errors.fields.postcode} autoComplete="off" />
        <TextField id="client-city" label={t('circle.newClient.city')} value={city} onChange={setCity} error={errors.fields.city} autoComplete="off" />
        <TextField id="client-phone" type="tel" label={t('circle.newClient.phone')} value={phone} onChange={setPhone} error={errors.fields.phone} autoComplete="off" />
        <TextField id="client-email" type="email" label={t('circle.newClient.email')} value={email} onChange={setEmail} error={errors.fields.email} autoComplete="off" />
        <LabelledField id="client-story" label={t('circle.newClient.story')} description={t('circle.newClient.storyHelp')} error={errors.fields.story}>
          {(describedBy) => (
            <Textarea id="client-story" name="story" rows={5} maxLength={4000} value={story} onChange={(e) => setStory(e.target.value)} invalid={!!errors.fields.story} aria-describedby={describedBy} />
          )}
        </LabelledField>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('circle.newClient.submit')}
          </Button>
        </ButtonGroup>
      </form>
      <Paragraph>
        <AppLink to="/">{t('common.backHome')}</AppLink>
      </Paragraph>
    </>
  );
}
