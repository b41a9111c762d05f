-- Cases in care networks: consent per meeting, the safety exception and its review, one coordinator,
-- warm hand-overs, escalation levels, feedback tasks and the case's own history. Who may read a case
-- is decided in platform/access/case-access.ts from these tables and those of 0014.

-- Consent to bring an identified case into ONE meeting. It never carries over to a next meeting:
-- the case needs a new row for that one ("niet eenmalig een handtekening").
CREATE TABLE care_case_consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  case_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  given_by_kind text NOT NULL CHECK (given_by_kind IN ('client','parent','representative')),
  given_by_name text CHECK (given_by_name IS NULL OR length(given_by_name) BETWEEN 1 AND 120),
  given_on date NOT NULL,
  how text NOT NULL CHECK (how IN ('spoken','written')),
  recorded_by uuid NOT NULL,
  withdrawn_at timestamptz,
  withdrawn_by uuid,
  -- What the submitter chose when consent was withdrawn before the meeting.
  withdrawal_choice text CHECK (withdrawal_choice IS NULL OR withdrawal_choice IN ('anonymous','removed')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL)),
  FOREIGN KEY (region_id, case_id) REFERENCES care_cases(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, meeting_id) REFERENCES care_meetings(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, recorded_by) REFERENCES users(region_id, id),
  FOREIGN KEY (region_id, withdrawn_by) REFERENCES users(region_id, id)
);
CREATE UNIQUE INDEX care_case_consents_current_idx ON care_case_consents (case_id, meeting_id) WHERE withdrawn_at IS NULL;
CREATE INDEX care_case_consents_case_idx ON care_case_consents (region_id, case_id);

-- A case brought in without consent for safety: why, whether Veilig Thuis was considered, whether and
-- when the client is told afterwards, and the chair's review.
CREATE TABLE care_case_safety (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  case_id uuid NOT NULL UNIQUE,
  ground text NOT NULL CHECK (ground IN ('child-safety','danger')),
  justification text NOT NULL CHECK (length(justification) BETWEEN 40 AND 4000),
  veilig_thuis text NOT NULL CHECK (veilig_thuis IN ('considered','made','not-applicable')),
  inform_client boolean NOT NULL,
  not_inform_reason text,
  client_informed_on date,
  review_status text NOT NULL DEFAULT 'pending' CHECK (review_status IN ('pending','agreed','questioned')),
  reviewed_by uuid,
  reviewed_at timestamptz,
  review_note text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK (inform_client OR length(coalesce(not_inform_reason, '')) >= 10),
  CHECK (inform_client OR client_informed_on IS NULL),
  FOREIGN KEY (region_id, case_id) REFERENCES care_cases(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, reviewed_by) REFERENCES users(region_id, id)
);

-- One coordinator per case at a time ("één regisseur"); earlier ones stay as history.
CREATE TABLE care_case_coordinators (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  case_id uuid NOT NULL,
  user_id uuid NOT NULL,
  organisation_id uuid,
  assigned_by uuid NOT NULL,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, case_id) REFERENCES care_cases(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id),
  FOREIGN KEY (region_id, organisation_id) REFERENCES organisations(region_id, id),
  FOREIGN KEY (region_id, assigned_by) REFERENCES users(region_id, id)
);
CREATE UNIQUE INDEX care_case_coordinators_current_idx ON care_case_coordinators (case_id) WHERE ended_at IS NULL;
CREATE INDEX care_case_coordinators_user_idx ON care_case_coordinators (region_id, user_id) WHERE ended_at IS NULL;

-- A warm hand-over: to a named professional of another organisation, or to the regisseur of the
-- client's circle. It waits until the receiver accepts in their own account.
CREATE TABLE care_case_handovers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  case_id uuid NOT NULL,
  to_kind text NOT NULL CHECK (to_kind IN ('organisation','circle')),
  to_user_id uuid NOT NULL,
  to_organisation_id uuid,
  summary text NOT NULL CHECK (length(summary) BETWEEN 10 AND 4000),
  status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting','accepted','declined')),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  answered_at timestamptz,
  answer_note text,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (region_id, id),
  CHECK ((status = 'waiting') = (answered_at IS NULL)),
  FOREIGN KEY (region_id, case_id) REFERENCES care_cases(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, to_user_id) REFERENCES users(region_id, id),
  FOREIGN KEY (region_id, to_organisation_id) REFERENCES organisations(region_id, id),
  FOREIGN KEY (region_id, created_by) REFERENCES users(region_id, id)
);
CREATE UNIQUE INDEX care_case_handovers_waiting_idx ON care_case_handovers (case_id) WHERE status = 'waiting';
CREATE INDEX care_case_handovers_receiver_idx ON care_case_handovers (region_id, to_user_id, status);

-- Escalation levels with reasons and dates: eigen organisatie → netwerk → MDO → gemeentelijke toegang.
CREATE TABLE care_case_escalations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  case_id uuid NOT NULL,
  level text NOT NULL CHECK (level IN ('eigen-organisatie','netwerk','mdo','gemeentelijke-toegang')),
  reason text NOT NULL CHECK (length(reason) BETWEEN 5 AND 2000),
  decided_on date NOT NULL,
  recorded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, case_id) REFERENCES care_cases(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, recorded_by) REFERENCES users(region_id, id)
);
CREATE INDEX care_case_escalations_case_idx ON care_case_escalations (region_id, case_id, decided_on);

-- Feedback owed when a case closes or moves: to the client (by the coordinator), to the referrer
-- and to the representative's own team. Each is a task in its owner's worklist.
CREATE TABLE care_case_feedback_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  case_id uuid NOT NULL,
  audience text NOT NULL CHECK (audience IN ('client','referrer','team')),
  cause text NOT NULL CHECK (cause IN ('closed','handed-over')),
  owner_user_id uuid NOT NULL,
  outcome text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','done')),
  done_note text,
  done_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK ((status = 'done') = (done_at IS NOT NULL)),
  FOREIGN KEY (region_id, case_id) REFERENCES care_cases(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, owner_user_id) REFERENCES users(region_id, id)
);
CREATE INDEX care_case_feedback_owner_idx ON care_case_feedback_tasks (region_id, owner_user_id, status);

-- What happened to a case, in order; never its content.
CREATE TABLE care_case_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  case_id uuid NOT NULL,
  kind text NOT NULL,
  actor_user_id uuid,
  actor_label text NOT NULL,
  note text,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, case_id) REFERENCES care_cases(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, actor_user_id) REFERENCES users(region_id, id)
);
CREATE INDEX care_case_events_case_idx ON care_case_events (region_id, case_id, occurred_at);
