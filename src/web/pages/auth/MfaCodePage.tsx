import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS, errorsFromApi, fieldErrors, hasErrors } from '../../components/formErrors';
import { PageTitle } from '../../components/PageTitle';
import { TextField } from '../../components/TextField';
import { useLocale } from '../../i18n/useLocale';
import { useSession } from '../../session/useSession';

/** Second login step: the 6-digit code from the app, or one recovery code. */
export function MfaCodePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { refresh, logout } = useSession();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = code.replace(/\s+/g, '');
    const local = fieldErrors({ code: !value && t(useRecovery ? 'mfa.recoveryRequired' : 'mfa.codeRequired') });
    if (hasErrors(local)) return setErrors(local);
    setBusy(true);
    try {
      await api.post('/api/auth/mfa/verify', { code: value });
      setErrors(NO_ERRORS);
      await refresh();
    } catch (error) {
      setCode('');
      setErrors(errorsFromApi(error, locale, t('common.unknownError')));
    } finally {
      setBusy(false);
    }
  };

  const switchMode = () => {
    setUseRecovery((v) => !v);
    setCode('');
    setErrors(NO_ERRORS);
    document.getElementById('mfa-code')?.focus();
  };

  const otherAccount = () => logout().catch(() => undefined);

  return (
    <>
      <PageTitle>{t('mfa.title')}</PageTitle>
      <Paragraph>{t(useRecovery ? 'mfa.introRecovery' : 'mfa.intro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="mfa" fields={['code']} />
        <TextField
          id="mfa-code"
          name="code"
          label={t(useRecovery ? 'mfa.recoveryLabel' : 'mfa.codeLabel')}
          description={t(useRecovery ? 'mfa.recoveryHint' : 'mfa.codeHint')}
          value={code}
          onChange={setCode}
          error={errors.fields.code}
          autoComplete="one-time-code"
          inputMode={useRecovery ? 'text' : 'numeric'}
          spellCheck={false}
          autoCapitalize="off"
          required
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('mfa.submit')}
          </Button>
        </ButtonGroup>
      </form>
      <ButtonGroup>
        <Button appearance="subtle-button" onClick={switchMode}>
          {t(useRecovery ? 'mfa.useApp' : 'mfa.useRecovery')}
        </Button>
        <Button appearance="subtle-button" onClick={() => void otherAccount()}>
          {t('mfa.otherAccount')}
        </Button>
      </ButtonGroup>
    </>
  );
}
