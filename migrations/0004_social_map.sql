-- Sociale kaart: named contact persons at organisations and the offers people can be referred to.
-- No client data here; every row belongs to a region and an owning organisation.

CREATE TABLE social_contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  name text NOT NULL,
  role text NOT NULL,
  what_they_do text,
  working_days jsonb NOT NULL DEFAULT '[]'::jsonb,
  absent_until date,
  phone text,
  email text CHECK (email = lower(email)),
  up_to_date_on date NOT NULL DEFAULT current_date,
  stale_reminded_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, organisation_id) REFERENCES organisations(region_id, id)
);
CREATE INDEX social_contacts_org_idx ON social_contacts (region_id, organisation_id);

CREATE TABLE social_offers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  contact_id uuid,
  title text NOT NULL,
  description text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('activiteit','ondersteuning','cursus','dagbesteding','financieel','materieel')),
  needs jsonb NOT NULL DEFAULT '[]'::jsonb,
  target_group text,
  age_min integer CHECK (age_min BETWEEN 0 AND 120),
  age_max integer CHECK (age_max BETWEEN 0 AND 120),
  -- Null: the whole region.
  municipality_id uuid,
  cost text NOT NULL CHECK (cost IN ('gratis','eigen-bijdrage','betaald')),
  cost_note text,
  access_route text NOT NULL CHECK (access_route IN ('vrij','aanmelden','verwijzing')),
  -- Per weekday (1 = Monday … 7 = Sunday) the opening hours as text, e.g. {"1": "09:00-12:00"}.
  opening_times jsonb NOT NULL DEFAULT '{}'::jsonb,
  up_to_date_on date NOT NULL DEFAULT current_date,
  -- When the owner was last asked to check the entry; once per time it goes out of date.
  stale_reminded_at timestamptz,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', coalesce(target_group, '')), 'B') || setweight(to_tsvector('dutch', description), 'C')
  ) STORED,
  version integer NOT NULL DEFAULT 1,
  archived_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max),
  FOREIGN KEY (region_id, organisation_id) REFERENCES organisations(region_id, id),
  FOREIGN KEY (region_id, contact_id) REFERENCES social_contacts(region_id, id),
  FOREIGN KEY (region_id, municipality_id) REFERENCES municipalities(region_id, id)
);
CREATE INDEX social_offers_search_idx ON social_offers USING gin (search);
CREATE INDEX social_offers_region_idx ON social_offers (region_id, kind) WHERE archived_at IS NULL;
