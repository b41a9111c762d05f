-- Continuity of the plan: the crisis and signal plan, "who takes over which role when", closing and
-- re-opening the plan, ending one professional's involvement with a hand-over, and the toekomstplan
-- dialogues of young people in care. All of it is plan data of one client (category `plan`).

-- One crisis and signal plan per client: early signs and what helps as short lists in the client's
-- words, a review date that reminds the regisseur once, and when it was last looked at.
CREATE TABLE crisis_plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL UNIQUE,
  plan_id uuid NOT NULL,
  early_signs jsonb NOT NULL DEFAULT '[]'::jsonb,
  what_helps jsonb NOT NULL DEFAULT '[]'::jsonb,
  review_on date NOT NULL,
  -- The review date a reminder went out for; a reminder is never sent twice for one date.
  review_reminded_on date,
  reviewed_at timestamptz NOT NULL DEFAULT now(),
  reviewed_by_label text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, plan_id) REFERENCES plans(region_id, id) ON DELETE CASCADE
);
CREATE INDEX crisis_plans_reviewed_idx ON crisis_plans (region_id, reviewed_at);

-- Who does what in a crisis: a circle member or a named person outside the app. A phone number is
-- kept only as shared: a member's own number only when that member shared it here
-- (phone_shared_by_user_id is the member), a named person's number by whoever wrote it down.
-- When a member leaves the circle the link is cleared and their number is no longer shown.
CREATE TABLE crisis_plan_people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  crisis_plan_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('member','named')),
  link_id uuid,
  name text NOT NULL,
  task text NOT NULL,
  phone text,
  phone_shared_by_user_id uuid,
  phone_shared_by_label text,
  position integer NOT NULL DEFAULT 0,
  CHECK (phone IS NULL OR phone_shared_by_label IS NOT NULL),
  FOREIGN KEY (region_id, crisis_plan_id) REFERENCES crisis_plans(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, link_id) REFERENCES client_links(region_id, id) ON DELETE SET NULL (link_id)
);
CREATE INDEX crisis_plan_people_plan_idx ON crisis_plan_people (crisis_plan_id, position);

-- "Wie neemt welke rol over en wanneer": the holder is a circle member (the name stays readable
-- after they leave), the successor a member or a named person, "when" in words or as a date.
CREATE TABLE continuity_roles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  holder_link_id uuid,
  holder_label text NOT NULL,
  role text NOT NULL,
  successor_link_id uuid,
  successor_label text NOT NULL,
  when_text text,
  when_on date,
  version integer NOT NULL DEFAULT 1,
  created_by uuid,
  created_by_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK (when_text IS NOT NULL OR when_on IS NOT NULL),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, holder_link_id) REFERENCES client_links(region_id, id) ON DELETE SET NULL (holder_link_id),
  FOREIGN KEY (region_id, successor_link_id) REFERENCES client_links(region_id, id) ON DELETE SET NULL (successor_link_id)
);
CREATE INDEX continuity_roles_client_idx ON continuity_roles (region_id, client_id, created_at);

-- Every closing and re-opening of a plan, so the history stays when plans.status flips back.
-- stopped_tasks lists the agreements the closing stopped (id and status before), to restore them.
CREATE TABLE plan_closures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('closed','reopened')),
  summary text NOT NULL,
  stopped_tasks jsonb NOT NULL DEFAULT '[]'::jsonb,
  by_user_id uuid,
  by_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, plan_id) REFERENCES plans(region_id, id) ON DELETE CASCADE
);
CREATE INDEX plan_closures_client_idx ON plan_closures (region_id, client_id, created_at);

-- A professional's involvement ends with a hand-over: a summary for the network and who takes over
-- their open agreements (or nobody yet). The professional then leaves the circle.
CREATE TABLE involvement_handovers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  professional_user_id uuid,
  professional_label text NOT NULL,
  summary text NOT NULL,
  successor_link_id uuid,
  successor_label text,
  tasks_moved integer NOT NULL DEFAULT 0,
  recorded_by uuid,
  recorded_by_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, successor_link_id) REFERENCES client_links(region_id, id) ON DELETE SET NULL (successor_link_id)
);
CREATE INDEX involvement_handovers_client_idx ON involvement_handovers (region_id, client_id, created_at);

-- Toekomstplan: a log of dialogues with a young person in care, not a document to be graded.
-- Who joined, what was and was not yet talked about, wishes each marked as changeable, and the form
-- the young person chose (words, a list, or pictures).
CREATE TABLE future_dialogues (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  held_on date NOT NULL,
  participants jsonb NOT NULL DEFAULT '[]'::jsonb,
  topics_discussed jsonb NOT NULL DEFAULT '[]'::jsonb,
  topics_open jsonb NOT NULL DEFAULT '[]'::jsonb,
  wishes jsonb NOT NULL DEFAULT '[]'::jsonb,
  format text NOT NULL CHECK (format IN ('tekst','lijst','plaatjes')),
  story text,
  pictograms jsonb NOT NULL DEFAULT '[]'::jsonb,
  version integer NOT NULL DEFAULT 1,
  created_by uuid,
  created_by_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE
);
CREATE INDEX future_dialogues_client_idx ON future_dialogues (region_id, client_id, held_on);

-- Region settings of this area; the administrator changes them.
CREATE TABLE continuity_settings (
  region_id uuid PRIMARY KEY REFERENCES regions(id) ON DELETE CASCADE,
  future_min_age smallint NOT NULL DEFAULT 14 CHECK (future_min_age BETWEEN 10 AND 23),
  version integer NOT NULL DEFAULT 1,
  updated_by_label text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
