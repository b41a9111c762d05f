-- Network intake ("wie neem je mee?") and the network signals of the professional's worklist.
-- Region-scoped with composite (region_id, id) foreign keys like the rest of the schema.

-- One guided conversation that walks the life domains of the map. It can be paused and resumed;
-- a client has at most one intake that is not finished (partial unique index below).
CREATE TABLE network_intakes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running','paused','finished')),
  -- Index into the fixed list of steps (intake-schema.ts INTAKE_STEPS).
  step smallint NOT NULL DEFAULT 0 CHECK (step BETWEEN 0 AND 7),
  -- Step key -> what was said in that step, in the words of the people at the table.
  notes jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Who took part, as written down ("Kim", "Jessica (zus)", "Sanne Verbeek (wijkcoach)").
  participants jsonb NOT NULL DEFAULT '[]'::jsonb,
  started_by uuid,
  started_by_label text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  paused_at timestamptz,
  finished_at timestamptz,
  finished_by_label text,
  -- Counts of the map when the intake was finished: size, life domains, people to restore contact with.
  summary jsonb,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  CHECK ((status = 'finished') = (finished_at IS NOT NULL)),
  CHECK ((status = 'paused') = (paused_at IS NOT NULL))
);
CREATE UNIQUE INDEX network_intakes_one_open_idx ON network_intakes (region_id, client_id) WHERE status <> 'finished';
CREATE INDEX network_intakes_client_idx ON network_intakes (region_id, client_id, started_at);

-- Who was added to the map in which step, and as what answer: there now, there before, could be asked.
CREATE TABLE network_intake_persons (
  region_id uuid NOT NULL,
  intake_id uuid NOT NULL,
  person_id uuid NOT NULL,
  client_id uuid NOT NULL,
  step smallint NOT NULL CHECK (step BETWEEN 0 AND 7),
  answer text NOT NULL CHECK (answer IN ('nu','vroeger','vragen')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (intake_id, person_id),
  FOREIGN KEY (region_id, intake_id) REFERENCES network_intakes(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, person_id) REFERENCES network_persons(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE
);
CREATE INDEX network_intake_persons_client_idx ON network_intake_persons (region_id, client_id);

-- Computed signals for the worklist: a kind and who it is about, never text. Listing them checks the
-- viewer's consent again every time; rows are recomputed when the map, the plan tasks or the intake change.
CREATE TABLE network_signals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('overbelast-taken','overbelast-steun','wil-herstellen','intake-zonder-kaart','intake-gepauzeerd')),
  person_id uuid,
  link_id uuid,
  since timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, person_id) REFERENCES network_persons(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, link_id) REFERENCES client_links(region_id, id) ON DELETE CASCADE
);
CREATE INDEX network_signals_client_idx ON network_signals (region_id, client_id);
-- One row per signal and person: a recomputation keeps the rows that still hold, and with them "since".
CREATE UNIQUE INDEX network_signals_one_idx ON network_signals (
  region_id, client_id, kind,
  coalesce(person_id, '00000000-0000-0000-0000-000000000000'::uuid),
  coalesce(link_id, '00000000-0000-0000-0000-000000000000'::uuid)
);

-- What the stored signals of a client were computed from, so a changed map or plan is recomputed.
CREATE TABLE network_signal_state (
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  fingerprint text NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_id, client_id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE
);

-- The worklist's fingerprints and the analysis count running plan tasks per client; without this
-- index each count scans all tasks of the installation.
CREATE INDEX plan_tasks_client_status_idx ON plan_tasks (region_id, client_id, status);
