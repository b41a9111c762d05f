import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { PageTitle } from '../../components/PageTitle';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';

/** Ask for a reset link. The answer is always the same, so nobody learns whether an address is known. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();
  const [sent, setSent] = useState(false);

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({ email: !email.trim() && t('login.emailRequired') }),
      async () => {
        await api.post('/api/auth/password-reset', { email: email.trim() });
        clearErrors();
        setSent(true);
      },
    );

  return (
    <>
      <PageTitle>{t('forgot.title')}</PageTitle>
      {sent ? (
        <>
          <SuccessAlert focus>{t('forgot.sent')}</SuccessAlert>
          <Paragraph>{t('forgot.sentHint')}</Paragraph>
        </>
      ) : (
        <>
          <Paragraph>{t('forgot.intro')}</Paragraph>
          <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
            <ErrorSummary errors={errors} idPrefix="forgot" fields={['email']} />
            <TextField
              id="forgot-email"
              name="email"
              type="email"
              autoComplete="email"
              label={t('login.email')}
              value={email}
              onChange={setEmail}
              error={errors.fields.email}
              required
            />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy}>
                {t('forgot.submit')}
              </Button>
            </ButtonGroup>
          </form>
        </>
      )}
      <Paragraph>
        <AppLink to="/inloggen">{t('common.backToLogin')}</AppLink>
      </Paragraph>
    </>
  );
}
