import type { Messages } from '../../platform/errors.js';

export const BAD_CREDENTIALS: Messages = {
  nl: 'E-mailadres of wachtwoord klopt niet.',
  en: 'E-mail address or password is not correct.',
};

export const BAD_CODE: Messages = {
  nl: 'Deze code klopt niet. Kijk of de tijd op je telefoon goed staat en probeer het opnieuw.',
  en: 'This code is not correct. Check the time on your phone and try again.',
};

export const INVITATION_UNKNOWN: Messages = {
  nl: 'Deze uitnodiging kennen we niet. Vraag om een nieuwe uitnodiging.',
  en: 'We do not know this invitation. Ask for a new invitation.',
};

export const INVITATION_EXPIRED: Messages = {
  nl: 'Deze uitnodiging is verlopen. Vraag om een nieuwe uitnodiging.',
  en: 'This invitation has expired. Ask for a new invitation.',
};

export const INVITATION_USED: Messages = {
  nl: 'Deze uitnodiging is al gebruikt. Log in met je e-mailadres en wachtwoord.',
  en: 'This invitation has already been used. Log in with your e-mail address and password.',
};

export const RESET_INVALID: Messages = {
  nl: 'Deze link werkt niet meer. Vraag een nieuwe link aan.',
  en: 'This link no longer works. Request a new link.',
};
