-- Zorgnetwerken: standing care networks per age group and area where organisations discuss cases
-- and trends every few weeks. This file holds the core (networks, their members, meetings, agenda
-- items, cases); attendance, case consent per meeting, minutes and signals build on it in later files.

CREATE TABLE care_networks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL REFERENCES regions(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  age_group text NOT NULL CHECK (age_group IN ('0-12','12-18','18+','alle')),
  -- The neighbourhood(s) or town the network covers, in words ("Binnenstad en De Essen").
  area text,
  municipality_id uuid,
  target_group text,
  meeting_interval_weeks smallint NOT NULL DEFAULT 6 CHECK (meeting_interval_weeks BETWEEN 1 AND 52),
  meeting_minutes smallint NOT NULL DEFAULT 90 CHECK (meeting_minutes BETWEEN 15 AND 480),
  chair_user_id uuid,
  secretary_user_id uuid,
  archived_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  UNIQUE (region_id, name),
  FOREIGN KEY (region_id, municipality_id) REFERENCES municipalities(region_id, id),
  FOREIGN KEY (region_id, chair_user_id) REFERENCES users(region_id, id),
  FOREIGN KEY (region_id, secretary_user_id) REFERENCES users(region_id, id)
);

-- One row per person who sits in a network for an organisation: the representative and their
-- substitutes. The mandate says what the representative may decide alone.
CREATE TABLE care_network_members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  network_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  user_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('representative','substitute')),
  -- Job title as the organisation says it ("Intern begeleider", "Wijkagent").
  job_title text,
  mandate text,
  active_from date NOT NULL DEFAULT CURRENT_DATE,
  active_until date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  UNIQUE (network_id, user_id),
  FOREIGN KEY (region_id, network_id) REFERENCES care_networks(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, organisation_id) REFERENCES organisations(region_id, id),
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id)
);
CREATE INDEX care_network_members_user_idx ON care_network_members (region_id, user_id);

-- A meeting of one network, or the yearly meeting of all networks (network_id null).
CREATE TABLE care_meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  network_id uuid,
  kind text NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular','yearly')),
  starts_at timestamptz NOT NULL,
  duration_minutes smallint NOT NULL DEFAULT 90 CHECK (duration_minutes BETWEEN 15 AND 480),
  location text,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','running','held','cancelled')),
  started_at timestamptz,
  ended_at timestamptz,
  created_by uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK ((kind = 'yearly') = (network_id IS NULL)),
  FOREIGN KEY (region_id, network_id) REFERENCES care_networks(region_id, id) ON DELETE CASCADE
);
CREATE INDEX care_meetings_network_idx ON care_meetings (region_id, network_id, starts_at);

-- A case brought into a network. Anonymous cases can never hold identifying fields: the database
-- refuses them as well as the API.
CREATE TABLE care_cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  network_id uuid NOT NULL,
  mode text NOT NULL CHECK (mode IN ('identified','anonymous','safety')),
  -- A short label that never identifies ("Jongen 14, schoolverzuim"), shown on agendas.
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
  -- The client in Samenspel, when the case is about one.
  client_id uuid,
  subject_first_name text,
  subject_last_name text,
  subject_birth_date date,
  subject_address text,
  subject_school text,
  age_years smallint CHECK (age_years IS NULL OR age_years BETWEEN 0 AND 120),
  question text NOT NULL,
  submitted_by uuid NOT NULL,
  submitted_org_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed','handed-over')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK (mode <> 'anonymous' OR (client_id IS NULL AND subject_first_name IS NULL AND subject_last_name IS NULL
    AND subject_birth_date IS NULL AND subject_address IS NULL AND subject_school IS NULL)),
  FOREIGN KEY (region_id, network_id) REFERENCES care_networks(region_id, id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id),
  FOREIGN KEY (region_id, submitted_by) REFERENCES users(region_id, id),
  FOREIGN KEY (region_id, submitted_org_id) REFERENCES organisations(region_id, id)
);
CREATE INDEX care_cases_network_idx ON care_cases (region_id, network_id, status);
CREATE INDEX care_cases_client_idx ON care_cases (region_id, client_id) WHERE client_id IS NOT NULL;

-- The agenda of a meeting: case items with a time box, and trend/theme items.
CREATE TABLE care_meeting_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('case','theme')),
  position smallint NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 160),
  case_id uuid,
  time_box_minutes smallint NOT NULL DEFAULT 10 CHECK (time_box_minutes BETWEEN 1 AND 120),
  -- The item of an earlier meeting this one continues ("doorgeschoven").
  carried_over_from uuid,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','running','discussed','carried-over','removed')),
  started_at timestamptz,
  ended_at timestamptz,
  submitted_by uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK ((kind = 'case') = (case_id IS NOT NULL)),
  FOREIGN KEY (region_id, meeting_id) REFERENCES care_meetings(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, case_id) REFERENCES care_cases(region_id, id),
  FOREIGN KEY (region_id, carried_over_from) REFERENCES care_meeting_items(region_id, id)
);
CREATE INDEX care_meeting_items_meeting_idx ON care_meeting_items (region_id, meeting_id, position);
CREATE INDEX care_meeting_items_case_idx ON care_meeting_items (region_id, case_id) WHERE case_id IS NOT NULL;

-- Who is invited to a meeting and how it went: present, apologised (with a substitute who then
-- attends for the organisation), or absent without notice. A substitute sees only the cases of
-- meetings they attend, so this table is part of who may see a case.
CREATE TABLE care_meeting_attendance (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  user_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited','present','apologised','absent')),
  substitute_user_id uuid,
  -- When the substitute was present in the representative's place.
  substitute_present boolean NOT NULL DEFAULT false,
  note text,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  UNIQUE (meeting_id, user_id),
  FOREIGN KEY (region_id, meeting_id) REFERENCES care_meetings(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id),
  FOREIGN KEY (region_id, organisation_id) REFERENCES organisations(region_id, id),
  FOREIGN KEY (region_id, substitute_user_id) REFERENCES users(region_id, id)
);
CREATE INDEX care_meeting_attendance_substitute_idx ON care_meeting_attendance (region_id, substitute_user_id) WHERE substitute_user_id IS NOT NULL;

-- Guests on call: someone who joins one meeting for one case item only.
CREATE TABLE care_item_guests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  item_id uuid NOT NULL,
  user_id uuid NOT NULL,
  organisation_id uuid,
  role_label text,
  invited_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  UNIQUE (item_id, user_id),
  FOREIGN KEY (region_id, item_id) REFERENCES care_meeting_items(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id),
  FOREIGN KEY (region_id, organisation_id) REFERENCES organisations(region_id, id)
);
