/** Mails never carry personal data: no client or naaste names, only that something waits behind the login. */
export function somethingNewMail(locale: 'nl' | 'en', link: string): { subject: string; text: string } {
  return locale === 'en'
    ? { subject: 'There is something new in Samenspel', text: `There is something new for you in Samenspel. Log in to read it:\n\n${link}\n` }
    : { subject: 'Er is iets nieuws in Samenspel', text: `Er is iets nieuws voor je in Samenspel. Log in om het te lezen:\n\n${link}\n` };
}
