-- Zorgnetwerken, part 3: minutes with decisions and action points, the reminders that get minutes out
-- within a week, the signal log of a network, and the anonymous partner survey.

-- The minutes of one meeting: a draft the secretary writes, until it is published ("sent") to the members.
CREATE TABLE care_minutes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published')),
  published_at timestamptz,
  published_by uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  UNIQUE (meeting_id),
  CHECK ((status = 'published') = (published_at IS NOT NULL)),
  FOREIGN KEY (region_id, meeting_id) REFERENCES care_meetings(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, published_by) REFERENCES users(region_id, id)
);

-- One text per agenda item, saved while the meeting runs: the version makes a second writer see the
-- other text instead of overwriting it.
CREATE TABLE care_minutes_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  item_id uuid NOT NULL,
  body text NOT NULL DEFAULT '' CHECK (length(body) <= 20000),
  decisions text NOT NULL DEFAULT '' CHECK (length(decisions) <= 4000),
  updated_by uuid,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  UNIQUE (item_id),
  FOREIGN KEY (region_id, meeting_id) REFERENCES care_meetings(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, item_id) REFERENCES care_meeting_items(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, updated_by) REFERENCES users(region_id, id)
);

-- Action points: who does what before when; only the owner closes them.
CREATE TABLE care_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  item_id uuid NOT NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 500),
  owner_user_id uuid NOT NULL,
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','done')),
  closed_at timestamptz,
  closed_by uuid,
  created_by uuid NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK ((status = 'done') = (closed_at IS NOT NULL)),
  FOREIGN KEY (region_id, meeting_id) REFERENCES care_meetings(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, item_id) REFERENCES care_meeting_items(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, owner_user_id) REFERENCES users(region_id, id),
  FOREIGN KEY (region_id, closed_by) REFERENCES users(region_id, id),
  FOREIGN KEY (region_id, created_by) REFERENCES users(region_id, id)
);
CREATE INDEX care_actions_owner_idx ON care_actions (region_id, owner_user_id, status, due_on);
CREATE INDEX care_actions_meeting_idx ON care_actions (region_id, meeting_id);

-- Which deadline reminder went out for which meeting: the primary key makes each one go out once,
-- however many instances scan at the same time.
CREATE TABLE care_minutes_reminders (
  region_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  day smallint NOT NULL CHECK (day BETWEEN 1 AND 30),
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, day),
  FOREIGN KEY (region_id, meeting_id) REFERENCES care_meetings(region_id, id) ON DELETE CASCADE
);

-- In-app notices about minutes: "the minutes are out", "you have a new action point". They may name
-- the network and the date; the mail that goes with them names nothing.
CREATE TABLE care_minutes_notices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  user_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('published','action')),
  action_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id),
  FOREIGN KEY (region_id, meeting_id) REFERENCES care_meetings(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, action_id) REFERENCES care_actions(region_id, id) ON DELETE CASCADE
);
CREATE INDEX care_minutes_notices_user_idx ON care_minutes_notices (region_id, user_id, created_at);

-- Signals, trends and gaps in provision a network notices. Never about a person: the API refuses
-- text that looks like a name, date of birth, address or phone number.
CREATE TABLE care_signals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  network_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('signaal','trend','hiaat')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  source_org_id uuid NOT NULL,
  observed_on date NOT NULL,
  area text,
  age_group text NOT NULL CHECK (age_group IN ('0-4','4-12','12-18','18-23','18+','alle')),
  follow_up_user_id uuid,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','raised','closed')),
  raised_at timestamptz,
  raised_by uuid,
  raised_note text,
  agenda_item_id uuid,
  created_by uuid NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK ((raised_at IS NULL) = (raised_by IS NULL)),
  FOREIGN KEY (region_id, network_id) REFERENCES care_networks(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, source_org_id) REFERENCES organisations(region_id, id),
  FOREIGN KEY (region_id, follow_up_user_id) REFERENCES users(region_id, id),
  FOREIGN KEY (region_id, raised_by) REFERENCES users(region_id, id),
  FOREIGN KEY (region_id, agenda_item_id) REFERENCES care_meeting_items(region_id, id) ON DELETE SET NULL,
  FOREIGN KEY (region_id, created_by) REFERENCES users(region_id, id)
);
CREATE INDEX care_signals_network_idx ON care_signals (region_id, network_id, observed_on);
CREATE INDEX care_signals_raised_idx ON care_signals (region_id, raised_at) WHERE raised_at IS NOT NULL;

-- A round of the partner survey, opened by the chair for a period.
CREATE TABLE care_survey_rounds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  network_id uuid NOT NULL,
  opens_on date NOT NULL,
  closes_on date NOT NULL,
  closed_at timestamptz,
  opened_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK (closes_on >= opens_on),
  FOREIGN KEY (region_id, network_id) REFERENCES care_networks(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, opened_by) REFERENCES users(region_id, id)
);
CREATE INDEX care_survey_rounds_network_idx ON care_survey_rounds (region_id, network_id, opens_on);

-- Who has answered, only so nobody answers twice. No time and no link to the answer.
CREATE TABLE care_survey_respondents (
  region_id uuid NOT NULL,
  round_id uuid NOT NULL,
  user_id uuid NOT NULL,
  PRIMARY KEY (round_id, user_id),
  FOREIGN KEY (region_id, round_id) REFERENCES care_survey_rounds(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id)
);

-- The answers: no user, no time, so an answer cannot be traced back to whoever gave it.
CREATE TABLE care_survey_responses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  round_id uuid NOT NULL,
  answers jsonb NOT NULL,
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, round_id) REFERENCES care_survey_rounds(region_id, id) ON DELETE CASCADE
);
CREATE INDEX care_survey_responses_round_idx ON care_survey_responses (region_id, round_id);
