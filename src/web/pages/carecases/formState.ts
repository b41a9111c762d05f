/** The fields of the registration form, as typed; turned into the API body by toBody. */
export interface SubjectState {
  clientId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  address: string;
  school: string;
}

export interface ConsentState {
  givenByKind: string;
  givenByName: string;
  givenOn: string;
  how: string;
}

export interface SafetyState {
  ground: string;
  justification: string;
  veiligThuis: string;
  informClient: string;
  notInformReason: string;
}

export const emptySubject = (): SubjectState => ({ clientId: '', firstName: '', lastName: '', birthDate: '', address: '', school: '' });
export const emptyConsent = (today: string): ConsentState => ({ givenByKind: 'client', givenByName: '', givenOn: today, how: 'spoken' });
export const emptySafety = (): SafetyState => ({ ground: '', justification: '', veiligThuis: '', informClient: 'yes', notInformReason: '' });

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** Either a linked client or the typed name fields; never both, so the server sees one subject. */
export function subjectBody(s: SubjectState) {
  if (s.clientId) return { clientId: s.clientId, address: orNull(s.address), school: orNull(s.school) };
  return { clientId: null, firstName: orNull(s.firstName), lastName: orNull(s.lastName), birthDate: orNull(s.birthDate), address: orNull(s.address), school: orNull(s.school) };
}

export function consentBody(c: ConsentState) {
  return { givenByKind: c.givenByKind, givenByName: orNull(c.givenByName), givenOn: c.givenOn, how: c.how };
}

export function safetyBody(s: SafetyState) {
  const inform = s.informClient === 'yes';
  return { ground: s.ground, justification: s.justification.trim(), veiligThuis: s.veiligThuis, informClient: inform, notInformReason: inform ? null : orNull(s.notInformReason) };
}
