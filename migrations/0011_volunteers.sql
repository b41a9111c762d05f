-- Volunteers and matching: profiles kept by the volunteer organisation (intake, training, load cap),
-- "trek je het nog?" check-ins, requests for a volunteer from a client's circle, the matching
-- workflow with its history, and the shielded message thread of a match. Everything is
-- region-scoped; links use composite (region_id, id) foreign keys like the rest of the schema.

-- One profile per volunteer. The coordinator keeps intake, status and caps; the volunteer keeps
-- availability, preferences, the short introduction and whether clients may see their phone/e-mail.
CREATE TABLE volunteer_profiles (
  user_id uuid PRIMARY KEY,
  region_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'intake' CHECK (status IN ('intake','active','paused','stopped')),
  skills jsonb NOT NULL DEFAULT '[]'::jsonb,
  interests jsonb NOT NULL DEFAULT '[]'::jsonb,
  languages jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- Day parts such as "ma-ochtend", "wo-middag", "za-avond".
  availability jsonb NOT NULL DEFAULT '[]'::jsonb,
  birth_year smallint CHECK (birth_year BETWEEN 1900 AND 2100),
  gender text CHECK (gender IN ('vrouw','man','anders')),
  prefer_gender text NOT NULL DEFAULT 'geen' CHECK (prefer_gender IN ('geen','vrouw','man')),
  prefer_age text NOT NULL DEFAULT 'geen' CHECK (prefer_age IN ('geen','jong','volwassen','ouder')),
  -- Only the four digits of the postcode, for a rough distance; never the address.
  postcode_area text CHECK (postcode_area ~ '^[1-9][0-9]{3}$'),
  about text,
  max_clients smallint NOT NULL DEFAULT 2 CHECK (max_clients BETWEEN 1 AND 10),
  max_hours_week smallint NOT NULL DEFAULT 3 CHECK (max_hours_week BETWEEN 1 AND 40),
  check_in_weeks smallint NOT NULL DEFAULT 6 CHECK (check_in_weeks BETWEEN 1 AND 26),
  share_contact boolean NOT NULL DEFAULT false,
  intake_on date,
  intake_by_label text,
  intake_notes text,
  -- The day check-in periods are counted from; set when the volunteer first becomes active.
  check_in_anchor date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, user_id),
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, organisation_id) REFERENCES organisations(region_id, id)
);
CREATE INDEX volunteer_profiles_org_idx ON volunteer_profiles (region_id, organisation_id);

CREATE TABLE volunteer_trainings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  user_id uuid NOT NULL,
  course text NOT NULL,
  completed_on date NOT NULL,
  certificate boolean NOT NULL DEFAULT false,
  recorded_by_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (region_id, user_id) REFERENCES volunteer_profiles(region_id, user_id) ON DELETE CASCADE
);
CREATE INDEX volunteer_trainings_user_idx ON volunteer_trainings (user_id, completed_on);

-- "Trek je het nog?": one question per volunteer per period; "te-veel" pauses new proposals until
-- the coordinator has talked with the volunteer (handled_at).
CREATE TABLE volunteer_check_ins (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  user_id uuid NOT NULL,
  period_start date NOT NULL,
  asked_at timestamptz NOT NULL DEFAULT now(),
  answer text CHECK (answer IN ('goed','druk','te-veel')),
  note text,
  answered_at timestamptz,
  handled_at timestamptz,
  handled_by_label text,
  UNIQUE (user_id, period_start),
  FOREIGN KEY (region_id, user_id) REFERENCES volunteer_profiles(region_id, user_id) ON DELETE CASCADE
);

-- A request for a volunteer, shared from the client's circle with the volunteer organisation. It
-- holds only what the coordinator needs: first name, age, the wishes and four postcode digits.
CREATE TABLE volunteer_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','matching','matched','closed')),
  first_name text NOT NULL,
  age_years smallint NOT NULL CHECK (age_years BETWEEN 0 AND 130),
  client_gender text CHECK (client_gender IN ('vrouw','man','anders')),
  purpose text NOT NULL,
  interests jsonb NOT NULL DEFAULT '[]'::jsonb,
  day_parts jsonb NOT NULL DEFAULT '[]'::jsonb,
  language text,
  gender_wish text NOT NULL DEFAULT 'geen' CHECK (gender_wish IN ('geen','vrouw','man')),
  postcode_area text CHECK (postcode_area ~ '^[1-9][0-9]{3}$'),
  hours_per_week smallint NOT NULL DEFAULT 2 CHECK (hours_per_week BETWEEN 1 AND 40),
  requested_by uuid,
  requested_by_label text NOT NULL,
  closed_reason text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, organisation_id) REFERENCES organisations(region_id, id)
);
CREATE INDEX volunteer_requests_org_idx ON volunteer_requests (region_id, organisation_id, status);
CREATE INDEX volunteer_requests_client_idx ON volunteer_requests (region_id, client_id);

-- One try to pair a volunteer with the request: proposed → introduction (met z'n drieën) →
-- thinking (bedenktijd) → both say yes → matched → ended. Either side may say no without a reason.
CREATE TABLE volunteer_matches (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  request_id uuid NOT NULL,
  volunteer_user_id uuid NOT NULL,
  volunteer_label text NOT NULL,
  status text NOT NULL CHECK (status IN ('proposed','introduction','thinking','matched','declined','ended')),
  reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
  intro_at timestamptz,
  intro_place text,
  think_until date,
  volunteer_answer text CHECK (volunteer_answer IN ('yes','no')),
  volunteer_answered_at timestamptz,
  client_answer text CHECK (client_answer IN ('yes','no')),
  client_answered_by_label text,
  client_answered_at timestamptz,
  matched_at timestamptz,
  ended_at timestamptz,
  end_reason text CHECK (end_reason IN ('geen-klik','gestopt','doel-bereikt','anders')),
  end_note text,
  proposed_by_label text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, request_id) REFERENCES volunteer_requests(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, volunteer_user_id) REFERENCES users(region_id, id)
);
CREATE INDEX volunteer_matches_request_idx ON volunteer_matches (request_id, created_at);
CREATE INDEX volunteer_matches_volunteer_idx ON volunteer_matches (region_id, volunteer_user_id, status);
-- At most one try in progress per request.
CREATE UNIQUE INDEX volunteer_matches_live_idx ON volunteer_matches (request_id) WHERE status IN ('proposed','introduction','thinking','matched');

-- Everything that happened to a request, in order; labels are copied so it still reads later.
CREATE TABLE volunteer_match_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  request_id uuid NOT NULL,
  match_id uuid,
  kind text NOT NULL,
  actor_label text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- clock_timestamp: several steps in one transaction still read in the order they happened.
  occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  FOREIGN KEY (region_id, request_id) REFERENCES volunteer_requests(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, match_id) REFERENCES volunteer_matches(region_id, id) ON DELETE CASCADE
);
CREATE INDEX volunteer_match_events_request_idx ON volunteer_match_events (request_id, occurred_at);

-- The shielded thread between the client's side and their volunteer; a planned call carries call_at.
CREATE TABLE volunteer_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  match_id uuid NOT NULL,
  side text NOT NULL CHECK (side IN ('client','volunteer')),
  author_user_id uuid,
  author_label text NOT NULL,
  body text NOT NULL,
  call_at timestamptz,
  agenda_item_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (region_id, match_id) REFERENCES volunteer_matches(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE
);
CREATE INDEX volunteer_messages_match_idx ON volunteer_messages (match_id, created_at);
