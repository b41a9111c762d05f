import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import type { AdminUser } from '../../api/types';
import { useLocale } from '../../i18n/useLocale';

/** Asks once more before switching off someone's 2FA; they must link an app again afterwards. */
export function ResetMfaConfirm({ user, onDone, onCancel }: { user: AdminUser; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    ref.current?.focus();
  }, [user.id]);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await api.post(`/api/admin/users/${encodeURIComponent(user.id)}/reset-mfa`);
      onDone(t('users.mfaResetDone', { name: user.displayName }));
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage(locale) : t('common.unknownError'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div ref={ref} tabIndex={-1} className="samenspel-focus-target samenspel-section">
      <Alert type="warning">
        <Heading level={2}>{t('users.resetMfaTitle', { name: user.displayName })}</Heading>
        <Paragraph>{t('users.resetMfaBody', { name: user.displayName })}</Paragraph>
        {error ? <Paragraph>{error}</Paragraph> : null}
        <ButtonGroup>
          <Button appearance="primary-action-button" hint="danger" busy={busy} onClick={() => void confirm()}>
            {t('users.resetMfaConfirm')}
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </Alert>
    </div>
  );
}
