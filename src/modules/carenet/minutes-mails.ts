/**
 * Mails of this area say only that there is something new and where to look: never a network,
 * a case, a client or the text of the minutes (e-mail is not a safe place for those).
 */
export function publishedMail(locale: 'nl' | 'en', link: string): { subject: string; text: string } {
  return locale === 'en'
    ? { subject: 'Something new in Samenspel', text: `Hello,\n\nThere is something new in Samenspel: minutes you can read.\n\nLog in to read them:\n\n${link}\n\nSamenspel` }
    : { subject: 'Er is iets nieuws in Samenspel', text: `Hallo,\n\nEr is iets nieuws in Samenspel: een verslag dat je kunt lezen.\n\nLog in om het te lezen:\n\n${link}\n\nSamenspel` };
}

export function reminderMail(locale: 'nl' | 'en', link: string, daysLeft: number): { subject: string; text: string } {
  return locale === 'en'
    ? {
        subject: 'Samenspel: minutes still to send',
        text: `Hello,\n\nThe minutes of a meeting have not been sent yet. Members should have them within a week of the meeting: ${daysLeft > 0 ? `${daysLeft} day(s) left` : 'that is today'}.\n\nLog in to finish and send them:\n\n${link}\n\nSamenspel`,
      }
    : {
        subject: 'Samenspel: een verslag moet nog verstuurd worden',
        text: `Hallo,\n\nHet verslag van een overleg is nog niet verstuurd. De leden moeten het binnen een week na het overleg hebben: ${daysLeft > 0 ? `nog ${daysLeft} dag(en)` : 'dat is vandaag'}.\n\nLog in om het af te maken en te versturen:\n\n${link}\n\nSamenspel`,
      };
}
