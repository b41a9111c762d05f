-- Foundation: tenancy, accounts, sessions, invitations, clients, access log, jobs, mail outbox.
-- Every table with personal data carries region_id NOT NULL, and links between such tables use
-- composite (region_id, id) foreign keys so the database itself refuses a cross-region link.

CREATE TABLE regions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{2,60}$'),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE municipalities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL REFERENCES regions(id),
  name text NOT NULL,
  UNIQUE (region_id, id),
  UNIQUE (region_id, name)
);

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL REFERENCES regions(id),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('wijkteam','ggz','jeugdzorg','welzijn','school','huisarts',
    'vrijwilligerscentrale','woningcorporatie','gemeente','overig')),
  municipality_id uuid,
  version integer NOT NULL DEFAULT 1,
  archived_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  UNIQUE (region_id, name),
  FOREIGN KEY (region_id, municipality_id) REFERENCES municipalities(region_id, id)
);

CREATE TABLE teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  name text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  UNIQUE (organisation_id, name),
  FOREIGN KEY (region_id, organisation_id) REFERENCES organisations(region_id, id)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL REFERENCES regions(id),
  organisation_id uuid,
  team_id uuid,
  email text NOT NULL CHECK (email = lower(email)),
  display_name text NOT NULL,
  phone text,
  job_title text,
  locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl','en')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','disabled')),
  password_hash text,
  password_changed_at timestamptz,
  totp_secret_enc text,
  totp_enabled_at timestamptz,
  -- Last accepted TOTP time step: a code is never accepted twice (replay protection).
  totp_last_step bigint,
  last_login_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, organisation_id) REFERENCES organisations(region_id, id),
  FOREIGN KEY (region_id, team_id) REFERENCES teams(region_id, id)
);
-- Log-in is by e-mail before any region is known, so e-mail is unique across the installation.
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_region_org_idx ON users (region_id, organisation_id);

CREATE TABLE user_roles (
  user_id uuid NOT NULL,
  region_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('beheerder','professional','teamleider','netwerkvoorzitter',
    'beleidsadviseur','client','vertegenwoordiger','naaste','vrijwilliger')),
  PRIMARY KEY (user_id, role),
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id) ON DELETE CASCADE
);

-- Keyed by a hash of the e-mail address, whether or not an account exists, so lock-out behaves
-- the same for unknown addresses and never reveals which accounts exist.
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL DEFAULT 0,
  window_started_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz
);

CREATE TABLE sessions (
  id text PRIMARY KEY,
  region_id uuid NOT NULL,
  user_id uuid NOT NULL,
  stage text NOT NULL CHECK (stage IN ('mfa_required','mfa_enrol','active')),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  user_agent text,
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id) ON DELETE CASCADE
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE recovery_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  user_id uuid NOT NULL,
  code_hash text NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id) ON DELETE CASCADE
);
CREATE INDEX recovery_codes_user_idx ON recovery_codes (user_id);

CREATE TABLE password_resets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  user_id uuid NOT NULL,
  token_hash text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id) ON DELETE CASCADE
);

CREATE TABLE clients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL REFERENCES regions(id),
  municipality_id uuid,
  user_id uuid,
  first_name text NOT NULL,
  last_name text NOT NULL,
  birth_date date NOT NULL,
  street text,
  postcode text,
  city text,
  phone text,
  email text,
  story text,
  decision_capacity text NOT NULL DEFAULT 'able' CHECK (decision_capacity IN ('able','unable')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  UNIQUE (user_id),
  FOREIGN KEY (region_id, municipality_id) REFERENCES municipalities(region_id, id),
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id)
);
CREATE INDEX clients_region_name_idx ON clients (region_id, last_name, first_name);

-- Who stands in which relation to a client. The consent issue builds circles and per-category
-- access on top of this; here it only says who is involved at all.
CREATE TABLE client_links (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  user_id uuid NOT NULL,
  relation text NOT NULL CHECK (relation IN ('vertegenwoordiger','naaste','vrijwilliger','professional')),
  label text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (client_id, user_id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, user_id) REFERENCES users(region_id, id) ON DELETE CASCADE
);
CREATE INDEX client_links_user_idx ON client_links (user_id);

CREATE TABLE invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL REFERENCES regions(id),
  token_hash text NOT NULL UNIQUE,
  email text NOT NULL CHECK (email = lower(email)),
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('client','vertegenwoordiger','naaste','vrijwilliger','professional',
    'teamleider','netwerkvoorzitter','beleidsadviseur','beheerder')),
  organisation_id uuid,
  client_id uuid,
  relation_label text,
  invited_by uuid NOT NULL,
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  accepted_user_id uuid,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (region_id, organisation_id) REFERENCES organisations(region_id, id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, invited_by) REFERENCES users(region_id, id)
);

-- Access log: append-only and hash-chained per region. No foreign key on client_id: after erasure
-- the log keeps that access happened, not the data.
CREATE TABLE access_log (
  region_id uuid NOT NULL REFERENCES regions(id),
  seq bigint NOT NULL,
  occurred_at timestamptz NOT NULL,
  actor_user_id uuid,
  actor_label text NOT NULL,
  client_id uuid,
  category text NOT NULL,
  action text NOT NULL CHECK (action IN ('read','create','update','delete','export','share')),
  purpose text NOT NULL,
  request_id text,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (region_id, seq)
);
CREATE INDEX access_log_client_idx ON access_log (region_id, client_id, occurred_at DESC);
CREATE INDEX access_log_actor_idx ON access_log (region_id, actor_user_id, occurred_at DESC);

CREATE TABLE audit_chain_head (
  region_id uuid PRIMARY KEY REFERENCES regions(id),
  last_seq bigint NOT NULL,
  last_hash text NOT NULL
);

CREATE FUNCTION access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only';
END;
$$;
CREATE TRIGGER access_log_no_update BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION access_log_is_append_only();

-- Durable jobs. Payloads carry ids, never personal data.
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  region_id uuid REFERENCES regions(id),
  kind text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','done','failed')),
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 5,
  locked_by text,
  locked_until timestamptz,
  last_error text,
  unique_key text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE status = 'queued';
-- Expired leases of crashed instances are reclaimed by the same claim query.
CREATE INDEX jobs_lease_idx ON jobs (locked_until) WHERE status = 'running';

CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL REFERENCES regions(id),
  to_address text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  html_body text,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','stored','sent','failed')),
  transport text CHECK (transport IN ('outbox','smtp')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX mail_outbox_region_idx ON mail_outbox (region_id, created_at DESC);
