import { INFORMATION_CATEGORIES } from '../../platform/audit/schema.js';
import type { Messages } from '../../platform/errors.js';
import type { CircleEventKind } from '../consent/service.js';

const m = (nl: string, en: string): Messages => ({ nl, en });

export const CATEGORY_NAMES: Record<(typeof INFORMATION_CATEGORIES)[number], Messages> = {
  basis: m('basisgegevens', 'basic details'),
  netwerk: m('netwerk', 'network'),
  plan: m('plan', 'plan'),
  agenda: m('agenda', 'calendar'),
  logboek: m('logboek', 'log'),
  rapportage: m('rapportages', 'reports'),
  gevoelig: m('gevoelige notities', 'sensitive notes'),
  documenten: m('documenten', 'documents'),
};

const LEVELS: Record<string, Messages> = { none: m('niets', 'nothing'), read: m('bekijken', 'view'), contribute: m('bekijken en aanvullen', 'view and add') };

const PARTIES: Record<string, Messages> = { client: m('cliënt', 'client'), vertegenwoordiger: m('vertegenwoordiger', 'representative') };

const EVENT_KINDS: Record<CircleEventKind, Messages> = {
  'circle-created': m('kring gestart', 'circle started'),
  'member-added': m('iemand kwam in de kring', 'someone joined the circle'),
  'member-removed': m('iemand ging uit de kring', 'someone left the circle'),
  'consent-proposed': m('toegang voorgesteld', 'access proposed'),
  'consent-confirmed': m('toegang bevestigd', 'access confirmed'),
  'consent-applied': m('toegang veranderd', 'access changed'),
  'consent-rejected': m('voorstel afgewezen', 'proposal turned down'),
  'access-lapsed': m('toegang afgelopen', 'access ended'),
  'regisseur-set': m('regisseur gekozen', 'coordinator chosen'),
  'refusal-recorded': m('iemand die je er niet bij wilt vastgelegd', 'person you do not want involved recorded'),
  'refusal-ended': m('weigering gestopt', 'refusal ended'),
  'refusal-reviewed': m('weigering opnieuw bekeken', 'refusal reviewed'),
  'safety-exception': m('inzage zonder toestemming, voor de veiligheid', 'access without consent, for safety'),
  'safety-reviewed': m('inzage zonder toestemming gecontroleerd', 'access without consent reviewed'),
  'client-informed': m('aan jou verteld', 'told to you'),
  'correction-requested': m('verbetering gevraagd', 'correction asked'),
  'correction-resolved': m('verzoek om verbetering afgehandeld', 'correction request handled'),
  'erasure-requested': m('wissen gevraagd', 'erasure asked'),
  'erasure-cancelled': m('verzoek om wissen ingetrokken', 'erasure request withdrawn'),
};

/** Field names that mean the same in every section. A section's own labels come first. */
export const COMMON_LABELS: Record<string, Messages> = { ...CATEGORY_NAMES };

/** Codes that read the same in every section, per field name. A section's own values come first. */
export const COMMON_VALUES: Record<string, Record<string, Messages>> = {
  category: CATEGORY_NAMES,
  categories: CATEGORY_NAMES,
  level: LEVELS,
  relation: {
    self: m('cliënt', 'client'),
    vertegenwoordiger: m('vertegenwoordiger', 'representative'),
    naaste: m('naaste', 'family or friend'),
    vrijwilliger: m('vrijwilliger', 'volunteer'),
    professional: m('professional', 'professional'),
  },
  action: {
    read: m('bekeken', 'viewed'),
    create: m('toegevoegd', 'added'),
    update: m('veranderd', 'changed'),
    delete: m('gewist', 'erased'),
    export: m('gedownload', 'downloaded'),
    share: m('gedeeld', 'shared'),
  },
  rule: {
    representative: m('de vertegenwoordiger', 'the representative'),
    both: m('cliënt en vertegenwoordiger samen', 'client and representative together'),
    client: m('de cliënt', 'the client'),
  },
  preset: { binnenkring: m('binnenkring', 'inner circle'), buitenkring: m('buitenkring', 'outer circle'), professional: m('professional', 'professional') },
  kind: EVENT_KINDS,
  as: PARTIES,
  waitingFor: PARTIES,
  status: {
    open: m('open', 'open'),
    done: m('verbeterd', 'corrected'),
    declined: m('niet verbeterd', 'not corrected'),
    pending: m('wacht nog', 'waiting'),
    applied: m('doorgevoerd', 'in effect'),
    rejected: m('afgewezen', 'turned down'),
    superseded: m('vervangen', 'replaced'),
    executed: m('gewist', 'erased'),
    blocked: m('wacht langer', 'waiting longer'),
    cancelled: m('ingetrokken', 'withdrawn'),
  },
};

/** Under a category name (access cells) the value is an access level. */
export const valuesUnderCategory = LEVELS;
