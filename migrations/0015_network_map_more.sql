-- The network map, continued: family links for the genogram, dated snapshots, and the invitation a
-- person on the map was sent. Region-scoped with composite (region_id, id) foreign keys.

-- Lets a person on the map point at the invitation they were sent with a region-checked foreign key.
CREATE UNIQUE INDEX IF NOT EXISTS invitations_region_id_id_key ON invitations (region_id, id);
ALTER TABLE network_persons ADD COLUMN invitation_id uuid;
ALTER TABLE network_persons ADD CONSTRAINT network_persons_invitation_fk
  FOREIGN KEY (region_id, invitation_id) REFERENCES invitations (region_id, id) ON DELETE SET NULL (invitation_id);

-- Family relations between people on the map, and between them and the client (a null end is the
-- client). Partner links are stored once, with the ends in a fixed order (see family.ts).
CREATE TABLE network_family_links (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('partner','ex-partner','ouder-van')),
  from_person_id uuid,
  to_person_id uuid,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK (from_person_id IS NOT NULL OR to_person_id IS NOT NULL),
  CHECK (from_person_id IS DISTINCT FROM to_person_id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients (region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, from_person_id) REFERENCES network_persons (region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, to_person_id) REFERENCES network_persons (region_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX network_family_links_pair_idx ON network_family_links (
  client_id, kind,
  COALESCE(from_person_id, '00000000-0000-0000-0000-000000000000'::uuid),
  COALESCE(to_person_id, '00000000-0000-0000-0000-000000000000'::uuid)
);
CREATE INDEX network_family_links_client_idx ON network_family_links (region_id, client_id);

-- A dated copy of the map (at intake, at an evaluation), so change over time can be shown.
CREATE TABLE network_snapshots (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  label text NOT NULL CHECK (label IN ('intake','evaluatie','anders')),
  taken_on date NOT NULL,
  note text CHECK (note IS NULL OR length(note) <= 500),
  created_by uuid,
  created_by_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients (region_id, id) ON DELETE CASCADE
);
CREATE INDEX network_snapshots_client_idx ON network_snapshots (region_id, client_id, taken_on);

-- One person as they were on the map that day. person_key is the person's id then; it has no
-- foreign key on purpose, so it stays after the person is deleted (the entry is then anonymised:
-- removed, no name, birth date, gender or note) and so a merge can move it to the person kept.
CREATE TABLE network_snapshot_entries (
  region_id uuid NOT NULL,
  snapshot_id uuid NOT NULL,
  person_key uuid NOT NULL,
  removed boolean NOT NULL DEFAULT false,
  display_name text,
  birth_date date,
  gender text,
  relation text NOT NULL,
  sector text NOT NULL,
  closeness text NOT NULL,
  quality text NOT NULL,
  support_given jsonb NOT NULL DEFAULT '[]'::jsonb,
  support_received jsonb NOT NULL DEFAULT '[]'::jsonb,
  contact_frequency text,
  paid boolean NOT NULL,
  status text NOT NULL,
  note text,
  deceased boolean NOT NULL DEFAULT false,
  PRIMARY KEY (snapshot_id, person_key),
  UNIQUE (region_id, snapshot_id, person_key),
  CHECK (removed OR display_name IS NOT NULL),
  CHECK (NOT removed OR (display_name IS NULL AND birth_date IS NULL AND note IS NULL AND gender IS NULL)),
  FOREIGN KEY (region_id, snapshot_id) REFERENCES network_snapshots (region_id, id) ON DELETE CASCADE
);
CREATE INDEX network_snapshot_entries_key_idx ON network_snapshot_entries (region_id, person_key);
