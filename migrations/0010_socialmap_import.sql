-- Sociale kaart: CSV imports run as a job, so the page can show progress and a report of rejected rows.
-- The parsed rows wait here until the job has checked them; they are cleared once the import is done.

CREATE TABLE social_import_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  created_by uuid NOT NULL,
  file_name text NOT NULL,
  -- 'all': nothing is imported while any row is wrong; 'good': the good rows are imported, the wrong ones reported.
  mode text NOT NULL CHECK (mode IN ('all', 'good')),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'checking', 'importing', 'done', 'rejected', 'failed')),
  -- One object per data row, keyed by column (see socialmap/csv-columns.ts); spreadsheet row numbers start at 2.
  rows jsonb NOT NULL DEFAULT '[]'::jsonb,
  total_rows integer NOT NULL,
  checked_rows integer NOT NULL DEFAULT 0,
  good_rows integer NOT NULL DEFAULT 0,
  bad_rows integer NOT NULL DEFAULT 0,
  created_count integer NOT NULL DEFAULT 0,
  updated_count integer NOT NULL DEFAULT 0,
  -- [{row, column, nl, en}], at most a few thousand.
  problems jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, created_by) REFERENCES users(region_id, id)
);
CREATE INDEX social_import_runs_user_idx ON social_import_runs (region_id, created_by, created_at DESC);

-- The area filter ("in this municipality or the whole region") and the owner's lists and export.
CREATE INDEX social_offers_area_idx ON social_offers (region_id, municipality_id) WHERE archived_at IS NULL;
CREATE INDEX social_offers_owner_idx ON social_offers (region_id, organisation_id) WHERE archived_at IS NULL;
