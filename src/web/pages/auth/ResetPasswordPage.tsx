import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { PageTitle } from '../../components/PageTitle';
import { checkNewPassword } from '../../components/passwordChecks';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useFormSubmit } from '../../components/useFormSubmit';

/** Set a new password with the token from the e-mail link (?token=…). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();
  const [done, setDone] = useState(false);

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => checkNewPassword(password, repeat, t),
      async () => {
        await api.post('/api/auth/password-reset/confirm', { token, password });
        clearErrors();
        setDone(true);
      },
    );

  let body;
  if (!token) {
    body = (
      <Alert type="error">
        <Paragraph>{t('reset.noToken')}</Paragraph>
      </Alert>
    );
  } else if (done) {
    body = <SuccessAlert focus>{t('reset.done')}</SuccessAlert>;
  } else {
    body = (
      <>
        <Paragraph>{t('reset.intro')}</Paragraph>
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
          <ErrorSummary
            errors={errors}
            idPrefix="reset"
            fields={['password', 'passwordRepeat']}
          />
          <NewPasswordFields
            idPrefix="reset"
            label={t('reset.newPassword')}
            password={password}
            repeat={repeat}
            onPassword={setPassword}
            onRepeat={setRepeat}
            errors={errors.fields}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('reset.submit')}
            </Button>
          </ButtonGroup>
        </form>
      </>
    );
  }

  return (
    <>
      <PageTitle>{t('reset.title')}</PageTitle>
      {body}
      <Paragraph>
        {done ? (
          <AppLink to="/inloggen">{t('reset.toLogin')}</AppLink>
        ) : (
          <AppLink to="/wachtwoord-vergeten">{t('reset.newLink')}</AppLink>
        )}
      </Paragraph>
    </>
  );
}
