import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { MfaEnrolment as Enrolment, MfaEnrolmentResult } from '../api/types';
import { useApi } from '../api/useApi';
import { useLocale } from '../i18n/useLocale';
import { groupInFours } from '../lib/format';
import { ErrorSummary } from './ErrorSummary';
import { NO_ERRORS, errorsFromApi, fieldErrors, hasErrors } from './formErrors';
import { LoadingMessage } from './LoadingMessage';
import { ProblemAlert } from './ProblemAlert';
import { QrCode } from './QrCode';
import { RecoveryCodes } from './RecoveryCodes';
import { TextField } from './TextField';

/** Linking an authenticator app: scan or type the secret, confirm with a code, then save the recovery codes. */
export function MfaEnrolment({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const enrolment = useApi<Enrolment>('/api/auth/mfa/enrolment');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} onDone={onDone} />;
  if (enrolment.error) return <ProblemAlert error={enrolment.error} />;
  if (!enrolment.data) return <LoadingMessage />;
  const { qrSvg, secret } = enrolment.data;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = code.replace(/\s+/g, '');
    const local = fieldErrors({ code: !value && t('mfa.codeRequired') });
    if (hasErrors(local)) return setErrors(local);
    setBusy(true);
    try {
      const result = await api.post<MfaEnrolmentResult>('/api/auth/mfa/enrolment', { code: value });
      setRecoveryCodes(result.recoveryCodes);
    } catch (error) {
      setCode('');
      setErrors(errorsFromApi(error, locale, t('common.unknownError')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section aria-labelledby="enrol-step-1" className="samenspel-section">
        <Heading level={2} id="enrol-step-1">
          {t('enrol.step1Title')}
        </Heading>
        <Paragraph>{t('enrol.step1')}</Paragraph>
      </section>
      <section aria-labelledby="enrol-step-2" className="samenspel-section">
        <Heading level={2} id="enrol-step-2">
          {t('enrol.step2Title')}
        </Heading>
        <Paragraph>{t('enrol.step2')}</Paragraph>
        <QrCode svg={qrSvg} alt={t('enrol.qrAlt')} />
        <Paragraph>{t('enrol.manual')}</Paragraph>
        <Paragraph>
          <code data-testid="totp-secret" className="samenspel-code samenspel-secret">
            {groupInFours(secret)}
          </code>
        </Paragraph>
      </section>
      <section aria-labelledby="enrol-step-3" className="samenspel-section">
        <Heading level={2} id="enrol-step-3">
          {t('enrol.step3Title')}
        </Heading>
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
          <ErrorSummary errors={errors} idPrefix="enrol" fields={['code']} />
          <TextField
            id="enrol-code"
            name="code"
            label={t('enrol.codeLabel')}
            description={t('enrol.codeHint')}
            value={code}
            onChange={setCode}
            error={errors.fields.code}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('enrol.submit')}
            </Button>
          </ButtonGroup>
        </form>
      </section>
    </>
  );
}
