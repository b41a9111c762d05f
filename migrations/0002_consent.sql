-- Consent core: the client's circle, access per member and category, who decided, refusals,
-- safety exceptions, and the AVG requests. Every table is region-scoped like the foundation.

-- Access under a safety exception is flagged in the hash-chained log (see platform/audit/hash.ts).
ALTER TABLE access_log ADD COLUMN exception_id uuid;

-- A member of the circle is a client_links row; its version guards racing consent changes.
ALTER TABLE client_links ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE client_links ADD COLUMN added_by uuid;
ALTER TABLE client_links ADD CONSTRAINT client_links_region_id_key UNIQUE (region_id, id);
CREATE INDEX client_links_client_idx ON client_links (region_id, client_id);

CREATE TABLE circles (
  client_id uuid PRIMARY KEY,
  region_id uuid NOT NULL,
  created_by uuid,
  -- One named coordinator ("één regisseur"); corrections asked by the client become their task.
  regisseur_user_id uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, client_id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, regisseur_user_id) REFERENCES users(region_id, id)
);

-- What each member may do per category right now. No row means no access ("none").
CREATE TABLE consent_grants (
  link_id uuid NOT NULL,
  category text NOT NULL CHECK (category IN ('basis','netwerk','plan','agenda','logboek','rapportage','gevoelig','documenten')),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  level text NOT NULL CHECK (level IN ('read','contribute')),
  expires_at timestamptz,
  decision_id uuid NOT NULL,
  PRIMARY KEY (link_id, category),
  FOREIGN KEY (region_id, link_id) REFERENCES client_links(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE
);
CREATE INDEX consent_grants_expiry_idx ON consent_grants (expires_at) WHERE expires_at IS NOT NULL;

-- Every consent change, proposed or made, with who decided, when and on what basis. A change
-- that needs two confirmations (client 12-15 and representative) stays pending until both gave it.
-- Member names are copied so the history still reads after a member left the circle.
CREATE TABLE consent_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  link_id uuid,
  member_user_id uuid,
  member_label text NOT NULL,
  cells jsonb NOT NULL,
  expires_at timestamptz,
  preset text CHECK (preset IN ('binnenkring','buitenkring','professional')),
  rule text NOT NULL CHECK (rule IN ('representative','both','client')),
  status text NOT NULL CHECK (status IN ('pending','applied','rejected','superseded')),
  -- The member's version the change was made against; a stale pending change cannot be applied.
  base_version integer NOT NULL,
  needs jsonb NOT NULL DEFAULT '[]'::jsonb,
  confirmations jsonb NOT NULL DEFAULT '[]'::jsonb,
  proposed_by uuid,
  proposed_by_label text NOT NULL,
  proposed_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz,
  note text,
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE
);
CREATE INDEX consent_decisions_client_idx ON consent_decisions (region_id, client_id, proposed_at DESC);

-- The circle's history in plain events; details hold ids and labels, shown only to those who may read it.
CREATE TABLE circle_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL,
  actor_user_id uuid,
  actor_label text NOT NULL,
  subject_label text,
  decision_id uuid,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE
);
CREATE INDEX circle_events_client_idx ON circle_events (region_id, client_id, occurred_at DESC);

-- "Niet mijn zus": a person the client does not want involved, while the refusal stands.
CREATE TABLE consent_refusals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  person_name text NOT NULL,
  person_email text CHECK (person_email = lower(person_email)),
  relation_label text,
  reason text NOT NULL,
  review_on date NOT NULL,
  recorded_by uuid,
  recorded_by_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  ended_by_label text,
  reviewed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE
);
CREATE INDEX consent_refusals_client_idx ON consent_refusals (region_id, client_id) WHERE ended_at IS NULL;

-- Reading or sharing without consent (conflict of duties, child safety): justified, time-boxed,
-- reviewed by a second professional or the team lead within 7 days, and told to the client afterwards
-- unless the justification says why not.
CREATE TABLE safety_exceptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  professional_user_id uuid NOT NULL,
  professional_label text NOT NULL,
  organisation_id uuid,
  ground text NOT NULL CHECK (ground IN ('conflict-van-plichten','kindveiligheid')),
  categories jsonb NOT NULL,
  justification text NOT NULL,
  inform_client boolean NOT NULL,
  no_inform_reason text,
  valid_until timestamptz NOT NULL,
  review_due_at timestamptz NOT NULL,
  reviewed_at timestamptz,
  reviewed_by uuid,
  reviewed_by_label text,
  review_outcome text CHECK (review_outcome IN ('terecht','onterecht')),
  review_note text,
  client_informed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (region_id, id),
  CHECK (inform_client OR no_inform_reason IS NOT NULL),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, professional_user_id) REFERENCES users(region_id, id)
);
CREATE INDEX safety_exceptions_client_idx ON safety_exceptions (region_id, client_id, created_at DESC);
CREATE INDEX safety_exceptions_open_idx ON safety_exceptions (region_id, review_due_at) WHERE reviewed_at IS NULL;

-- AVG: a correction request becomes a task for the circle's regisseur.
CREATE TABLE correction_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  requested_by uuid,
  requested_by_label text NOT NULL,
  assigned_to uuid,
  category text NOT NULL,
  text text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','declined')),
  resolution text,
  resolved_by_label text,
  resolved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE
);
CREATE INDEX correction_requests_assignee_idx ON correction_requests (region_id, assigned_to) WHERE status = 'open';

-- AVG erasure outlives the client row on purpose (no foreign key): it records that erasure happened.
CREATE TABLE erasure_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL REFERENCES regions(id),
  client_id uuid NOT NULL,
  requested_by uuid,
  requested_by_label text NOT NULL,
  requested_at timestamptz NOT NULL DEFAULT now(),
  execute_after timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','executed','blocked','cancelled')),
  blocked_reason text,
  executed_at timestamptz
);
CREATE INDEX erasure_requests_client_idx ON erasure_requests (region_id, client_id);

-- Who is invited with which proposed access.
ALTER TABLE invitations ADD COLUMN preset text CHECK (preset IN ('binnenkring','buitenkring','professional'));
