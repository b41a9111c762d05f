-- Care-network meetings: the recurring schedule of a network, the mandate level of a member, a note
-- on theme items, and the notices (invitations, reminders, changes) people get about meetings.

ALTER TABLE care_networks
  ADD COLUMN schedule_first_day date,
  -- Dutch wall-clock start ("14:00"); with the first day and the interval it defines the series.
  ADD COLUMN schedule_time text CHECK (schedule_time IS NULL OR schedule_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  ADD COLUMN default_location text CHECK (default_location IS NULL OR length(default_location) <= 200);

-- What the representative may decide alone, in three steps, beside the mandate in words.
ALTER TABLE care_network_members
  ADD COLUMN mandate_level text CHECK (mandate_level IS NULL OR mandate_level IN ('full','after-consultation','unclear'));

ALTER TABLE care_meeting_items
  ADD COLUMN note text CHECK (note IS NULL OR length(note) <= 2000);

-- In-app notices about meetings. An invitation and a reminder reach a person once per meeting: the
-- unique key makes a second run of the same job a no-op.
CREATE TABLE care_meeting_notices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  user_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('invitation','reminder','changed','cancelled')),
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  UNIQUE (region_id, id),
  UNIQUE (meeting_id, user_id, kind),
  FOREIGN KEY (region_id, meeting_id) REFERENCES care_meetings(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id)
);
CREATE INDEX care_meeting_notices_user_idx ON care_meeting_notices (region_id, user_id, created_at);
