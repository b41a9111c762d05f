/**
 * The e-mails of the refusal and safety flows. Like every Samenspel mail they hold a link and no
 * personal details: no client name, no person refused, no justification. The app shows those after
 * log-in, through platform/access.
 */

type Locale = 'nl' | 'en';

export interface MailText {
  subject: string;
  text: string;
}

/** The review date of a refusal has come: talk about it again with the client (never override it). */
export function refusalReviewMail(locale: Locale, link: string): MailText {
  return locale === 'en'
    ? {
        subject: 'Samenspel: time to talk about a refusal again',
        text: `Hello,\n\nA client in your circle said no to involving someone. The agreed date to talk about it again has come.\n\nAsk the client how they feel about it now. The client decides: the refusal stays unless the client or their representative withdraws it.\n\nOpen this link to see it:\n\n${link}\n\nSamenspel`,
      }
    : {
        subject: 'Samenspel: tijd om een weigering opnieuw te bespreken',
        text: `Hallo,\n\nEen cliënt in jouw kring wil iemand niet betrokken hebben. De afgesproken datum om daar opnieuw over te praten is gekomen.\n\nVraag de cliënt hoe hij of zij er nu over denkt. De cliënt beslist: de weigering blijft staan, tenzij de cliënt of de vertegenwoordiger hem intrekt.\n\nOpen deze link om de weigering te zien:\n\n${link}\n\nSamenspel`,
      };
}

export type ReviewStage = 'new' | 'reminder' | 'overdue';

/** A colleague opened data without consent under a safety exception: a second person must review it. */
export function safetyReviewMail(locale: Locale, link: string, stage: ReviewStage): MailText {
  if (locale === 'en') {
    const lead =
      stage === 'new'
        ? 'A colleague has opened information without the client’s consent, for a safety reason. You are asked to review whether that was justified.'
        : stage === 'reminder'
          ? 'Reminder: a safety exception is still waiting for a review. The review is due within two days.'
          : 'A safety exception has not been reviewed within 7 days. Please review it now.';
    return {
      subject: stage === 'overdue' ? 'Samenspel: safety exception review is overdue' : 'Samenspel: a safety exception to review',
      text: `Hello,\n\n${lead}\n\nOpen this link and log in to see it:\n\n${link}\n\nSamenspel`,
    };
  }
  const lead =
    stage === 'new'
      ? 'Een collega heeft gegevens geopend zonder toestemming van de cliënt, om een veiligheidsreden. We vragen jou te beoordelen of dat terecht was.'
      : stage === 'reminder'
        ? 'Herinnering: een veiligheidsuitzondering wacht nog op beoordeling. Over twee dagen moet de beoordeling klaar zijn.'
        : 'Een veiligheidsuitzondering is niet binnen 7 dagen beoordeeld. Beoordeel hem nu.';
  return {
    subject: stage === 'overdue' ? 'Samenspel: beoordeling veiligheidsuitzondering is te laat' : 'Samenspel: een veiligheidsuitzondering om te beoordelen',
    text: `Hallo,\n\n${lead}\n\nOpen deze link en log in om hem te zien:\n\n${link}\n\nSamenspel`,
  };
}

/** Afterwards, the client (or their representative) is told that data was opened without consent. */
export function clientInformedMail(locale: Locale, link: string, as: 'client' | 'vertegenwoordiger'): MailText {
  if (locale === 'en') {
    const whose = as === 'client' ? 'your information' : 'information of someone you represent';
    return {
      subject: 'Samenspel: information was opened without consent',
      text: `Hello,\n\nA professional opened ${whose} without asking first, because of a safety reason. That is only allowed in special situations. A second professional has checked it.\n\nIn Samenspel you can see who looked, when, and at what. Open this link and log in:\n\n${link}\n\nDo you have questions? Ask your professional.\n\nSamenspel`,
    };
  }
  const whose = as === 'client' ? 'jouw gegevens' : 'gegevens van iemand die jij vertegenwoordigt';
  return {
    subject: 'Samenspel: er zijn gegevens bekeken zonder toestemming',
    text: `Hallo,\n\nEen hulpverlener heeft ${whose} bekeken zonder het eerst te vragen. Dat was om een veiligheidsreden. Dat mag alleen in bijzondere situaties. Een tweede hulpverlener heeft het gecontroleerd.\n\nIn Samenspel zie je wie keek, wanneer en naar welke gegevens. Open deze link en log in:\n\n${link}\n\nHeb je vragen? Vraag het je hulpverlener.\n\nSamenspel`,
  };
}
