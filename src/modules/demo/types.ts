import type { OrganisationKind, Role } from '../accounts/schema.js';
import type { ClientRelation } from '../clients/schema.js';

/** The demo data refers to people and organisations by short keys, resolved to ids while seeding. */
export interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  municipality: string;
}

export interface DemoPerson {
  key: string;
  name: string;
  roles: Role[];
  organisation?: string;
  jobTitle?: string;
  /** Member of the one demo team (the wijkteam's). */
  inTeam?: boolean;
}

export interface DemoLink {
  person: string;
  relation: ClientRelation;
  label: string;
}

export interface DemoClient {
  key: string;
  firstName: string;
  lastName: string;
  /** Age on the day of seeding; the birth date is derived so the age groups never drift. */
  age: number;
  /** Birthday as MM-DD. */
  birthday: string;
  municipality: string;
  street: string | null;
  postcode: string | null;
  story: string;
  decisionCapacity?: 'unable';
  /** Key of the person who is this client's own account. */
  account?: string;
  links: DemoLink[];
}

export interface DemoLogin {
  role: Role;
  /** What this log-in shows, e.g. "wijkcoach". */
  label: string;
  name: string;
  email: string;
  password: string;
}
