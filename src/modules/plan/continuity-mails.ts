/**
 * The e-mails of this area. Like every Samenspel mail they hold a link and no personal details: no
 * client name, no summary, no phone number. The app shows those after log-in, through platform/access.
 */

type Locale = 'nl' | 'en';

export interface MailText {
  subject: string;
  text: string;
}

export function planClosedMail(locale: Locale, link: string): MailText {
  return locale === 'en'
    ? {
        subject: 'Samenspel: a plan has been completed',
        text: `Hello,\n\nA plan in a circle you belong to has been completed. There is a short summary for everyone in the circle.\n\nLog in to read it:\n\n${link}\n\nSamenspel`,
      }
    : {
        subject: 'Samenspel: een plan is afgerond',
        text: `Hallo,\n\nEen plan in een kring waar jij bij hoort is afgerond. Er is een korte samenvatting voor iedereen in de kring.\n\nLog in om die te lezen:\n\n${link}\n\nSamenspel`,
      };
}

export function planReopenedMail(locale: Locale, link: string): MailText {
  return locale === 'en'
    ? {
        subject: 'Samenspel: a plan is open again',
        text: `Hello,\n\nA plan in a circle you belong to is open again. Agreements that stopped when it was completed may be running again.\n\nLog in to see it:\n\n${link}\n\nSamenspel`,
      }
    : {
        subject: 'Samenspel: een plan is weer open',
        text: `Hallo,\n\nEen plan in een kring waar jij bij hoort is weer open. Afspraken die stopten bij het afronden kunnen weer lopen.\n\nLog in om het te zien:\n\n${link}\n\nSamenspel`,
      };
}

export function tasksHandedOverMail(locale: Locale, link: string): MailText {
  return locale === 'en'
    ? {
        subject: 'Samenspel: you are asked to take over agreements',
        text: `Hello,\n\nA professional in a circle you belong to has stopped. You are asked whether you can take over their agreements.\n\nLog in to read them and say yes or no:\n\n${link}\n\nSamenspel`,
      }
    : {
        subject: 'Samenspel: wil je afspraken overnemen?',
        text: `Hallo,\n\nEen professional in een kring waar jij bij hoort is gestopt. We vragen of jij de afspraken van die persoon wilt overnemen.\n\nLog in om ze te lezen en ja of nee te zeggen:\n\n${link}\n\nSamenspel`,
      };
}

export function crisisReviewMail(locale: Locale, link: string): MailText {
  return locale === 'en'
    ? {
        subject: 'Samenspel: time to look at a crisis plan again',
        text: `Hello,\n\nThe agreed date to look at a crisis plan again has come. A crisis plan only helps when it is still right.\n\nLook at it together with the client and the network, and save it or mark it as checked:\n\n${link}\n\nSamenspel`,
      }
    : {
        subject: 'Samenspel: tijd om een crisisplan na te kijken',
        text: `Hallo,\n\nDe afgesproken datum om een crisisplan na te kijken is gekomen. Een crisisplan helpt alleen als het nog klopt.\n\nKijk het samen met de cliënt en het netwerk na. Sla het op of zet erbij dat het nog klopt:\n\n${link}\n\nSamenspel`,
      };
}
