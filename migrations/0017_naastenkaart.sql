-- Naastenkaart: per naaste how they want to be involved, their roles, their own story and needs,
-- a burden self-check over time, an agreed check-in rhythm with the professional, and "het wordt me
-- te veel". A circle has a start (admission) date; cards are due within N days of it (N per
-- organisation, default 21). Every table is region-scoped with composite foreign keys.

-- How many days after the start of a circle the naastenkaarten are due, per organisation.
CREATE TABLE naasten_settings (
  organisation_id uuid PRIMARY KEY,
  region_id uuid NOT NULL,
  deadline_days integer NOT NULL DEFAULT 21 CHECK (deadline_days BETWEEN 1 AND 365),
  version integer NOT NULL DEFAULT 1,
  updated_by_label text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, organisation_id),
  FOREIGN KEY (region_id, organisation_id) REFERENCES organisations(region_id, id) ON DELETE CASCADE
);

-- The start or admission date of a circle when someone set it; without a row the day the circle
-- (or, before it had one, the client record) was made counts.
CREATE TABLE naasten_circle_starts (
  client_id uuid PRIMARY KEY,
  region_id uuid NOT NULL,
  admitted_on date NOT NULL,
  version integer NOT NULL DEFAULT 1,
  set_by_label text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, client_id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE
);

-- One card per naaste (or representative) in a circle; it leaves with their membership.
CREATE TABLE naasten_cards (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  link_id uuid NOT NULL UNIQUE,
  occasions jsonb NOT NULL DEFAULT '[]'::jsonb,
  frequency text NOT NULL CHECK (frequency IN ('wekelijks','twee-weken','maandelijks','bij-plan','als-nodig')),
  channels jsonb NOT NULL DEFAULT '[]'::jsonb,
  roles jsonb NOT NULL DEFAULT '[]'::jsonb,
  own_story text CHECK (own_story IS NULL OR length(own_story) <= 4000),
  own_needs text CHECK (own_needs IS NULL OR length(own_needs) <= 4000),
  -- Agreed "even horen hoe het gaat" rhythm; the professional who calls, and the day the rhythm counts from.
  check_in_weeks integer CHECK (check_in_weeks IN (2,4,6,8)),
  check_in_user_id uuid,
  check_in_anchor date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by_label text NOT NULL,
  UNIQUE (region_id, id),
  CHECK ((check_in_weeks IS NULL) = (check_in_anchor IS NULL)),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, link_id) REFERENCES client_links(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, check_in_user_id) REFERENCES users(region_id, id) ON DELETE SET NULL (check_in_user_id)
);
CREATE INDEX naasten_cards_client_idx ON naasten_cards (region_id, client_id);

-- The burden self-check ("thermometer", 1 light … 10 far too heavy): one per naaste per day.
CREATE TABLE naasten_burden_checks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  card_id uuid NOT NULL,
  day date NOT NULL,
  score integer NOT NULL CHECK (score BETWEEN 1 AND 10),
  note text CHECK (note IS NULL OR length(note) <= 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  UNIQUE (card_id, day),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, card_id) REFERENCES naasten_cards(region_id, id) ON DELETE CASCADE
);

-- A check-in call due for a professional: one per card per period, whatever runs twice.
CREATE TABLE naasten_check_ins (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  card_id uuid NOT NULL,
  professional_user_id uuid NOT NULL,
  period_start date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  done_at timestamptz,
  done_by_label text,
  note text CHECK (note IS NULL OR length(note) <= 1000),
  UNIQUE (region_id, id),
  UNIQUE (card_id, period_start),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, card_id) REFERENCES naasten_cards(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, professional_user_id) REFERENCES users(region_id, id) ON DELETE CASCADE
);
CREATE INDEX naasten_check_ins_open_idx ON naasten_check_ins (professional_user_id) WHERE done_at IS NULL;

-- "Het wordt me nu te veel": a naaste's signal to the regisseur, open until the regisseur saw it.
CREATE TABLE naasten_alerts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  link_id uuid NOT NULL,
  note text CHECK (note IS NULL OR length(note) <= 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  seen_at timestamptz,
  seen_by_label text,
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, link_id) REFERENCES client_links(region_id, id) ON DELETE CASCADE
);
-- Not twice in a row: at most one unseen signal per naaste per circle.
CREATE UNIQUE INDEX naasten_alerts_open_idx ON naasten_alerts (link_id) WHERE seen_at IS NULL;
CREATE INDEX naasten_alerts_client_idx ON naasten_alerts (region_id, client_id);
