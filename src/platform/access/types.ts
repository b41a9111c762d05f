import type { Role } from '../../modules/accounts/schema.js';
import type { ClientRelation } from '../../modules/clients/schema.js';
import type { AccessAction, InformationCategory } from '../audit/schema.js';
import type { AccessLevel, DeciderParty, DecisionRule } from '../../modules/consent/schema.js';

/** Who is acting, as resolved from the session. */
export interface Actor {
  userId: string;
  regionId: string;
  roles: Role[];
  /** Name and organisation as the client will read it in their access log, e.g. "Jan de Vries (Wijkteam Noord)". */
  label: string;
}

/** What the actor wants to do with which client's data, and why. */
export interface ClientAccess {
  clientId: string;
  category: InformationCategory;
  action: AccessAction;
  /** Shown to the client in plain language: "bekeek je plan voor <purpose>". */
  purpose: string;
  requestId: string | null;
  /**
   * 'consent' (default): the client's consent rules decide. 'membership': any member of the circle
   * may, whatever their grants — only for a member's own view of their access and for recording a
   * safety exception; the access is logged all the same. 'answer': the actor answers something asked
   * of them personally (accepting or declining a task); read access to the category is enough for
   * that update, and the service must check that the item is theirs.
   */
  check?: 'consent' | 'membership' | 'answer';
  /**
   * Marks the log entry as part of a safety exception (recording, reviewing or ending it), so the
   * client's view hides it until the client is told, exactly like the reads made under it.
   */
  exceptionId?: string;
}

/** How the actor stands to the client: their own record, or a link in the circle. */
export type Relation = 'self' | ClientRelation;

export interface AccessScope {
  regionId: string;
  clientId: string;
  relation: Relation;
  /** Who decides about this client's consent today. */
  rule: DecisionRule;
  /** The party the actor decides as, or null when the actor has no say. */
  decidesAs: DeciderParty | null;
  /** The actor's own consent level for the category (not used for the client or a decider). */
  level: AccessLevel;
  /** Set when only a safety exception allowed this access. */
  exceptionId: string | null;
}

export interface ClientSummary {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  municipalityName: string | null;
  relation: Relation;
}
