import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { api } from '../../api/client';
import type { LoginResult } from '../../api/types';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { PageTitle } from '../../components/PageTitle';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useSession } from '../../session/useSession';

/** E-mail and password. After success the route guard sends the user on (2FA step, or where they came from). */
export function LoginPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const location = useLocation();
  const state = location.state as { loggedOut?: boolean; passwordChanged?: boolean } | null;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit({ onError: () => setPassword('') });

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          email: !email.trim() && t('login.emailRequired'),
          password: !password && t('login.passwordRequired'),
        }),
      async () => {
        await api.post<LoginResult>('/api/auth/login', { email: email.trim(), password });
        clearErrors();
        await refresh();
      },
    );

  return (
    <>
      <PageTitle>{t('login.title')}</PageTitle>
      {state?.loggedOut ? <SuccessAlert>{t('login.loggedOut')}</SuccessAlert> : null}
      <Paragraph>{t('login.intro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="login" fields={['email', 'password']} />
        <TextField
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          label={t('login.email')}
          value={email}
          onChange={setEmail}
          error={errors.fields.email}
          required
        />
        <TextField
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('login.password')}
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
          required
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('login.submit')}
          </Button>
        </ButtonGroup>
      </form>
      <Paragraph>
        <AppLink to="/wachtwoord-vergeten">{t('login.forgotPassword')}</AppLink>
      </Paragraph>
    </>
  );
}
