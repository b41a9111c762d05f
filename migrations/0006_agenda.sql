-- The agenda: appointments, network meetings and check-in calls of one client's circle, who is
-- invited, what reaches each person (notices, reminders at times they chose) and the private
-- calendar feed per person. Plan tasks are not copied here: the agenda reads them from the plan.

-- One appointment, or a series of them. A series keeps its wall-clock time in Europe/Amsterdam
-- (local_time), so "every Tuesday at 10:00" stays 10:00 across the clock changes; starts_at and
-- ends_at are the first occurrence.
CREATE TABLE agenda_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('afspraak','netwerkoverleg','belmoment')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  notes text,
  location text,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  local_time text NOT NULL CHECK (local_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
  -- An RFC 5545 RRULE body without DTSTART (e.g. "FREQ=WEEKLY;INTERVAL=2"); null = once.
  recurrence text,
  repeat_until date,
  cancelled_at timestamptz,
  cancelled_by uuid,
  cancelled_by_label text,
  cancel_reason text,
  created_by uuid,
  created_by_label text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK (ends_at > starts_at),
  CHECK (recurrence IS NOT NULL OR repeat_until IS NULL),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE
);
CREATE INDEX agenda_items_client_idx ON agenda_items (region_id, client_id, starts_at);
CREATE INDEX agenda_items_creator_idx ON agenda_items (created_by) WHERE created_by IS NOT NULL;

-- One date of a series that does not go ahead ("this Tuesday no coffee"); the rest of the series stays.
CREATE TABLE agenda_item_skips (
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  item_id uuid NOT NULL,
  occurs_on date NOT NULL,
  reason text,
  cancelled_by uuid,
  cancelled_by_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (item_id, occurs_on),
  FOREIGN KEY (region_id, item_id) REFERENCES agenda_items(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE
);

-- Who is invited: circle members (through their link, so leaving the circle ends the invitation)
-- and the client themself (no link).
CREATE TABLE agenda_attendees (
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  item_id uuid NOT NULL,
  user_id uuid NOT NULL,
  link_id uuid,
  label text NOT NULL,
  PRIMARY KEY (item_id, user_id),
  FOREIGN KEY (region_id, item_id) REFERENCES agenda_items(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, link_id) REFERENCES client_links(region_id, id) ON DELETE CASCADE
);
CREATE INDEX agenda_attendees_user_idx ON agenda_attendees (user_id);

-- What a person is told in the app. Only the kind and the item: the details are read through
-- platform/access when the notice is shown, so a withdrawn consent also hides old notices.
CREATE TABLE agenda_notices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  item_id uuid NOT NULL,
  user_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('new','changed','cancelled','uninvited','reminder')),
  occurs_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  FOREIGN KEY (region_id, item_id) REFERENCES agenda_items(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id) ON DELETE CASCADE
);
CREATE INDEX agenda_notices_user_idx ON agenda_notices (user_id, created_at DESC);

-- When a person wants to be reminded: on the day before at a time they chose, and/or a number of
-- minutes before; by e-mail and/or in the app. No row = the defaults (day before at 19:00, both).
CREATE TABLE agenda_reminder_prefs (
  user_id uuid PRIMARY KEY,
  region_id uuid NOT NULL,
  day_before_at text CHECK (day_before_at ~ '^[0-2][0-9]:[0-5][0-9]$'),
  minutes_before integer CHECK (minutes_before IN (15, 30, 60, 120, 180)),
  by_email boolean NOT NULL DEFAULT true,
  in_app boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id) ON DELETE CASCADE
);

-- A reminder is sent once: its key (item, occurrence, person, which reminder) is claimed here
-- before anything goes out, so a retried or doubly-scheduled job finds it taken.
CREATE TABLE agenda_reminders_sent (
  reminder_key text PRIMARY KEY,
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  item_id uuid NOT NULL,
  user_id uuid NOT NULL,
  occurs_at timestamptz NOT NULL,
  needs_mail boolean NOT NULL,
  mail_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (region_id, item_id) REFERENCES agenda_items(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id) ON DELETE CASCADE
);

-- One private feed per person. Only a hash of the secret is kept: a new link replaces it, and the
-- old address stops working at once.
CREATE TABLE calendar_feeds (
  user_id uuid PRIMARY KEY,
  region_id uuid NOT NULL,
  secret_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_fetched_at timestamptz,
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id) ON DELETE CASCADE
);
