-- One plan ("één gezin, één plan, één regisseur"): goals in the client's own words per life domain,
-- agreements that say who does what, how often, until when, where and who pays, and the hand-overs
-- of the regisseur role. Everything is region-scoped and belongs to one client; a family plan is
-- the plans of its members grouped, so each member's part keeps that member's own consent.

CREATE TABLE families (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL REFERENCES regions(id),
  name text NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id)
);

CREATE TABLE plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL UNIQUE,
  family_id uuid,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
  closed_at timestamptz,
  closing_summary text,
  version integer NOT NULL DEFAULT 1,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, family_id) REFERENCES families(region_id, id)
);
CREATE INDEX plans_family_idx ON plans (family_id) WHERE family_id IS NOT NULL;

CREATE TABLE plan_goals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  domain text NOT NULL CHECK (domain IN ('wonen','gezondheid','werk','geld','relaties','vrije-tijd','zingeving','zelfzorg')),
  -- In the client's own words; the success text says how they will know it worked.
  own_words text NOT NULL,
  success text,
  score_now smallint CHECK (score_now BETWEEN 1 AND 10),
  score_target smallint CHECK (score_target BETWEEN 1 AND 10),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','reached','stopped')),
  position integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  created_by uuid,
  created_by_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, plan_id) REFERENCES plans(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE
);
CREATE INDEX plan_goals_plan_idx ON plan_goals (plan_id, position);

-- An agreement: who does what. Nobody is assigned silently: a task for someone other than the one
-- who wrote it starts as 'asked' until that person accepts or declines it in their own account.
-- When the person leaves the circle or loses access to the plan it goes back to the regisseur
-- ('returned'); the link is then cleared but the name stays readable.
CREATE TABLE plan_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  goal_id uuid,
  title text NOT NULL,
  details text,
  assignee_kind text NOT NULL CHECK (assignee_kind IN ('client','member','open')),
  assignee_link_id uuid,
  assignee_label text,
  status text NOT NULL CHECK (status IN ('open','asked','accepted','declined','done','stopped','returned')),
  -- How often in words ("elke dinsdagochtend"); the optional schedule below drives the agenda.
  frequency text,
  recurrence text,
  local_time text CHECK (local_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
  duration_minutes integer CHECK (duration_minutes BETWEEN 5 AND 1440),
  starts_on date,
  until_on date,
  due_on date,
  location text,
  cost_cents integer CHECK (cost_cents >= 0),
  cost_note text,
  payer text CHECK (payer IN ('client','naaste','gemeente','zorgverzekeraar','organisatie','fonds','anders')),
  payer_note text,
  response_note text,
  responded_at timestamptz,
  returned_from_label text,
  asked_by uuid,
  asked_by_label text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK (until_on IS NULL OR starts_on IS NULL OR until_on >= starts_on),
  -- A member's task that is still running needs the member; finished ones keep the name after they left.
  CHECK (assignee_kind = 'member' OR assignee_link_id IS NULL),
  CHECK (assignee_kind <> 'member' OR assignee_link_id IS NOT NULL OR status NOT IN ('asked','accepted')),
  FOREIGN KEY (region_id, plan_id) REFERENCES plans(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, goal_id) REFERENCES plan_goals(region_id, id),
  FOREIGN KEY (region_id, assignee_link_id) REFERENCES client_links(region_id, id) ON DELETE SET NULL (assignee_link_id)
);
CREATE INDEX plan_tasks_plan_idx ON plan_tasks (plan_id, created_at);
CREATE INDEX plan_tasks_assignee_idx ON plan_tasks (assignee_link_id) WHERE assignee_link_id IS NOT NULL;

-- The regisseur role changes hands with a note and a date; circles.regisseur_user_id holds who it is now.
CREATE TABLE regisseur_handovers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  from_user_id uuid,
  from_label text,
  to_user_id uuid NOT NULL,
  to_label text NOT NULL,
  note text NOT NULL,
  handed_over_on date NOT NULL,
  recorded_by uuid,
  recorded_by_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, to_user_id) REFERENCES users(region_id, id)
);
CREATE INDEX regisseur_handovers_client_idx ON regisseur_handovers (region_id, client_id, created_at);
