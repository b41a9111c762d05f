import { Button, ButtonGroup, Checkbox, FormField, FormFieldErrorMessage, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SuccessAlert } from './SuccessAlert';

/** Shows the recovery codes once. The user confirms they saved them before going on. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!saved) {
      setError(t('recoveryCodes.confirmRequired'));
      document.getElementById('recovery-saved')?.focus();
      return;
    }
    onDone();
  };

  return (
    <section aria-labelledby="recovery-codes-title" className="samenspel-section">
      <SuccessAlert focus>{t('recoveryCodes.enrolled')}</SuccessAlert>
      <Heading level={2} id="recovery-codes-title">
        {t('recoveryCodes.title')}
      </Heading>
      <Paragraph>{t('recoveryCodes.intro')}</Paragraph>
      <Paragraph>{t('recoveryCodes.onlyOnce')}</Paragraph>
      <ol data-testid="recovery-codes" className="samenspel-recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code className="samenspel-code">{code}</code>
          </li>
        ))}
      </ol>
      <Paragraph>{t('recoveryCodes.printHint')}</Paragraph>
      <ButtonGroup className="samenspel-no-print">
        <Button appearance="secondary-action-button" onClick={() => void copy()}>
          {t('recoveryCodes.copy')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => window.print()}>
          {t('recoveryCodes.print')}
        </Button>
      </ButtonGroup>
      <div role="status" className="samenspel-no-print">
        {copied ? <Paragraph>{t('recoveryCodes.copied')}</Paragraph> : null}
      </div>
      <form noValidate onSubmit={onSubmit} className="samenspel-form samenspel-no-print">
        <FormField type="checkbox" invalid={!!error}>
          <div className="utrecht-form-field__input">
            <Checkbox
              id="recovery-saved"
              checked={saved}
              onChange={(e) => {
                setSaved(e.target.checked);
                if (e.target.checked) setError(null);
              }}
              invalid={!!error}
              aria-describedby={error ? 'recovery-saved-error' : undefined}
            />
          </div>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="recovery-saved" type="checkbox">
              {t('recoveryCodes.confirm')}
            </FormLabel>
          </div>
          {error ? (
            <div className="utrecht-form-field__error-message">
              <FormFieldErrorMessage id="recovery-saved-error">{error}</FormFieldErrorMessage>
            </div>
          ) : null}
        </FormField>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {t('recoveryCodes.continue')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
