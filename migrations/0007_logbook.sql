-- Logboek: short updates by the people of the circle (good news too, not only worries) and the
-- professionals' reports, written so the client can read them ("samen rapporteren"). Updates fall
-- under the information category 'logboek', reports under 'rapportage'; the kind decides which.
-- The client (or whoever decides for them) can say whether a report is right: "klopt" or
-- "klopt niet, want …". A reaction belongs to the version of the text it was given on.

CREATE TABLE logbook_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('update','goed-nieuws','zorg','rapportage')),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  -- The name stays readable when the account is gone.
  author_user_id uuid,
  author_label text NOT NULL,
  edited_at timestamptz,
  reaction text CHECK (reaction IN ('klopt','klopt-niet')),
  reaction_note text CHECK (length(reaction_note) <= 2000),
  reaction_by_label text,
  reaction_at timestamptz,
  reaction_on_version integer,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK (reaction IS NULL OR kind = 'rapportage'),
  CHECK ((reaction IS NULL) = (reaction_at IS NULL)),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, author_user_id) REFERENCES users(region_id, id) ON DELETE SET NULL (author_user_id)
);
CREATE INDEX logbook_entries_client_idx ON logbook_entries (region_id, client_id, created_at DESC);
