import type { TFunction } from 'i18next';
import { fieldErrors, type FormErrors } from './formErrors';

/** Quick checks before sending; the server checks strength and has the last word. */
export function checkNewPassword(password: string, repeat: string, t: TFunction): FormErrors {
  return fieldErrors({
    password: (!password && t('password.required')) || (password.length < 12 && t('password.tooShort')),
    passwordRepeat: (!repeat && t('password.repeatRequired')) || (repeat !== password && t('password.noMatch')),
  });
}
