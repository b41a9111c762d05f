type Locale = 'nl' | 'en';

export interface MailText {
  subject: string;
  text: string;
}

/** Links only: which client and what they asked stays in the app, never in an e-mail. */
export function correctionRequestedMail(locale: Locale, link: string): MailText {
  return locale === 'en'
    ? {
        subject: 'New request to correct information in Samenspel',
        text: `Hello,\n\nSomeone asked to correct information in Samenspel. You can handle this request.\n\nSee the request here:\n\n${link}\n\nSamenspel`,
      }
    : {
        subject: 'Nieuw verzoek om gegevens te verbeteren in Samenspel',
        text: `Hallo,\n\nIemand vraagt om gegevens in Samenspel te verbeteren. Jij kunt dit verzoek afhandelen.\n\nBekijk het verzoek hier:\n\n${link}\n\nSamenspel`,
      };
}

export function correctionResolvedMail(locale: Locale, link: string): MailText {
  return locale === 'en'
    ? {
        subject: 'Your request for a correction has been answered',
        text: `Hello,\n\nThere is an answer to your request to correct information in Samenspel.\n\nRead the answer here:\n\n${link}\n\nSamenspel`,
      }
    : {
        subject: 'Er is een antwoord op je verzoek om verbetering',
        text: `Hallo,\n\nEr is een antwoord op je verzoek om gegevens in Samenspel te verbeteren.\n\nLees het antwoord hier:\n\n${link}\n\nSamenspel`,
      };
}
