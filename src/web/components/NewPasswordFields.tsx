import { useTranslation } from 'react-i18next';
import { TextField } from './TextField';

interface Props {
  idPrefix: string;
  password: string;
  repeat: string;
  onPassword: (v: string) => void;
  onRepeat: (v: string) => void;
  errors: Record<string, string>;
  /** Label of the first field, e.g. "Kies een wachtwoord" or "Nieuw wachtwoord". */
  label: string;
}

/** Two password fields (choose + repeat) with the rule as help text. Ids: `${idPrefix}-password`, `${idPrefix}-passwordRepeat`. */
export function NewPasswordFields({ idPrefix, password, repeat, onPassword, onRepeat, errors, label }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${idPrefix}-password`}
        name="password"
        type="password"
        autoComplete="new-password"
        label={label}
        description={t('password.rule')}
        value={password}
        onChange={onPassword}
        error={errors.password}
        required
      />
      <TextField
        id={`${idPrefix}-passwordRepeat`}
        name="passwordRepeat"
        type="password"
        autoComplete="new-password"
        label={t('password.repeat')}
        value={repeat}
        onChange={onRepeat}
        error={errors.passwordRepeat}
        required
      />
    </>
  );
}
