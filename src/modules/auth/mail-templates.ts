type Locale = 'nl' | 'en';

export interface MailText {
  subject: string;
  text: string;
}

/** Links only; personal details stay in the app, never in an e-mail body. */
export function passwordResetMail(locale: Locale, name: string, link: string, hours: number): MailText {
  return locale === 'en'
    ? {
        subject: 'Set a new password for Samenspel',
        text: `Hello ${name},\n\nSomeone asked to set a new password for your Samenspel account. Was that you? Open this link within ${hours} hour(s):\n\n${link}\n\nDid you not ask for this? Then you can ignore this e-mail. Your password stays the same.\n\nSamenspel`,
      }
    : {
        subject: 'Nieuw wachtwoord voor Samenspel',
        text: `Hallo ${name},\n\nIemand wil een nieuw wachtwoord maken voor je account bij Samenspel. Was jij dat? Open dan binnen ${hours} uur deze link:\n\n${link}\n\nHeb jij dit niet gevraagd? Dan hoef je niets te doen. Je wachtwoord blijft hetzelfde.\n\nSamenspel`,
      };
}

export function welcomeMail(locale: Locale, name: string, link: string, days: number): MailText {
  return locale === 'en'
    ? {
        subject: 'Your Samenspel account is ready',
        text: `Hello ${name},\n\nAn account was made for you in Samenspel. Choose your password with this link. It works for ${days} days:\n\n${link}\n\nAfter that you link an authenticator app on your phone, for extra safety.\n\nSamenspel`,
      }
    : {
        subject: 'Je account bij Samenspel staat klaar',
        text: `Hallo ${name},\n\nEr is een account voor je gemaakt bij Samenspel. Kies je wachtwoord met deze link. De link werkt ${days} dagen:\n\n${link}\n\nDaarna koppel je een app op je telefoon voor extra veiligheid.\n\nSamenspel`,
      };
}

export function invitationMail(locale: Locale, name: string, inviter: string, link: string, days: number): MailText {
  return locale === 'en'
    ? {
        subject: `${inviter} invites you to Samenspel`,
        text: `Hello ${name},\n\n${inviter} invites you to join Samenspel. There you can see together what has been agreed and who does what.\n\nOpen this link to make your account. The link works once, for ${days} days:\n\n${link}\n\nSamenspel`,
      }
    : {
        subject: `${inviter} nodigt je uit voor Samenspel`,
        text: `Hallo ${name},\n\n${inviter} nodigt je uit voor Samenspel. Daar zie je samen wat er is afgesproken en wie wat doet.\n\nOpen deze link om je account te maken. De link werkt één keer en is ${days} dagen geldig:\n\n${link}\n\nSamenspel`,
      };
}

export function lockoutMail(locale: Locale, name: string, minutes: number): MailText {
  return locale === 'en'
    ? {
        subject: 'Too many login attempts on your Samenspel account',
        text: `Hello ${name},\n\nSomeone tried to log in to your account with a wrong password several times. We blocked logging in for ${minutes} minutes.\n\nWas this not you? Choose a new password via "Forgot password" on the login page.\n\nSamenspel`,
      }
    : {
        subject: 'Te vaak geprobeerd in te loggen bij Samenspel',
        text: `Hallo ${name},\n\nIemand probeerde een paar keer in te loggen op je account met een verkeerd wachtwoord. Inloggen is nu ${minutes} minuten geblokkeerd.\n\nWas jij dit niet? Kies dan een nieuw wachtwoord via "Wachtwoord vergeten" op de inlogpagina.\n\nSamenspel`,
      };
}
