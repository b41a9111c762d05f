import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { SettingsView } from './types';

const isSettings = (v: unknown): v is SettingsView => typeof v === 'object' && v !== null && 'deadlineDays' in v && 'version' in v;

/** How many days after the start the naastenkaarten are due, for the team lead's organisation. */
export function SettingsForm({ settings, onSaved }: { settings: SettingsView; onSaved: () => void }) {
  const { t } = useTranslation();
  const [days, setDays] = useState(String(settings.deadlineDays));
  const [version, setVersion] = useState(settings.version);
  const [saved, setSaved] = useState(false);
  const { errors, busy, conflict, submit } = useFormSubmit<SettingsView>({
    conflict: {
      parse: (c) => (isSettings(c) ? c : null),
      load: (c) => {
        setDays(String(c.deadlineDays));
        setVersion(c.version);
      },
    },
  });
  const n = Number(days);
  return (
    <form
      noValidate
      className="samenspel-form"
      aria-label={t('naasten.team.settingsLabel', { organisation: settings.organisationName })}
      onSubmit={(e) =>
        void submit(
          e,
          () => fieldErrors({ deadlineDays: (!Number.isInteger(n) || n < 1 || n > 365) && t('naasten.team.daysRange') }),
          async () => {
            const res = await api.put<SettingsView>(`/api/naastenkaarten/settings/${encodeURIComponent(settings.organisationId)}`, { deadlineDays: n, version });
            setVersion(res.version);
            setSaved(true);
            onSaved();
          },
        )
      }
    >
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix="settings" fields={['deadlineDays']} labels={{ deadlineDays: t('naasten.team.days') }} />
      <TextField
        id="settings-deadlineDays"
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        label={t('naasten.team.days')}
        value={days}
        onChange={(v) => {
          setSaved(false);
          setDays(v);
        }}
        error={errors.fields.deadlineDays}
      />
      {saved ? <SuccessAlert focus>{t('naasten.team.saved')}</SuccessAlert> : null}
      <Button type="submit" appearance="secondary-action-button" busy={busy}>
        {t('naasten.team.save')}
      </Button>
    </form>
  );
}
