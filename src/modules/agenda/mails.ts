/**
 * The agenda's e-mails. Like every Samenspel mail they carry a link and no personal details: no
 * client name, no title, no place. A reminder says only the day and time, which is what the reader
 * needs to act on it; what and where is shown after log-in, through platform/access.
 */
import type { NoticeKind } from './schema.js';

type Locale = 'nl' | 'en';

export interface MailText {
  subject: string;
  text: string;
}

const LEAD: Record<Exclude<NoticeKind, 'reminder'>, { nl: string; en: string; subjectNl: string; subjectEn: string }> = {
  new: {
    subjectNl: 'Samenspel: er is een nieuwe afspraak voor jou',
    subjectEn: 'Samenspel: there is a new appointment for you',
    nl: 'Er is een nieuwe afspraak in de agenda gezet en jij bent uitgenodigd.',
    en: 'A new appointment was added to the agenda and you are invited.',
  },
  changed: {
    subjectNl: 'Samenspel: een afspraak is veranderd',
    subjectEn: 'Samenspel: an appointment has changed',
    nl: 'Een afspraak waarvoor je bent uitgenodigd is veranderd. Kijk of de dag, de tijd en de plek nog kloppen voor jou.',
    en: 'An appointment you are invited to has changed. Check that the day, time and place still suit you.',
  },
  cancelled: {
    subjectNl: 'Samenspel: een afspraak gaat niet door',
    subjectEn: 'Samenspel: an appointment is cancelled',
    nl: 'Een afspraak waarvoor je bent uitgenodigd gaat niet door.',
    en: 'An appointment you are invited to will not take place.',
  },
  uninvited: {
    subjectNl: 'Samenspel: je hoeft niet meer naar een afspraak',
    subjectEn: 'Samenspel: you are no longer expected at an appointment',
    nl: 'Je staat niet meer op de lijst voor een afspraak. Je hoeft er niet heen.',
    en: 'You are no longer on the list for an appointment. You do not need to go.',
  },
};

export function noticeMail(locale: Locale, kind: Exclude<NoticeKind, 'reminder'>, link: string): MailText {
  const l = LEAD[kind];
  return locale === 'en'
    ? { subject: l.subjectEn, text: `Hello,\n\n${l.en}\n\nOpen this link and log in to see what, when and where:\n\n${link}\n\nSamenspel` }
    : { subject: l.subjectNl, text: `Hallo,\n\n${l.nl}\n\nOpen deze link en log in. Dan zie je wat, wanneer en waar:\n\n${link}\n\nSamenspel` };
}

/** `when` is the day and time in words, e.g. "morgen om 10:00". */
export function reminderMail(locale: Locale, when: string, link: string): MailText {
  return locale === 'en'
    ? { subject: `Samenspel reminder: appointment ${when}`, text: `Hello,\n\nA reminder: you have an appointment ${when}.\n\nOpen this link and log in to see what and where:\n\n${link}\n\nSamenspel` }
    : { subject: `Samenspel herinnering: afspraak ${when}`, text: `Hallo,\n\nEen herinnering: je hebt ${when} een afspraak.\n\nOpen deze link en log in. Dan zie je wat en waar:\n\n${link}\n\nSamenspel` };
}
