-- Evaluation moments with the client and their circle ("kop en een staart": intentions, evaluate,
-- evaluate again, close). An evaluation is planned from the plan with a date and who is invited;
-- holding it writes a dated record: per goal the client's score 1-10 (and, if they like, others'
-- scores, each with a name), what went well and what to change; per agreement continue or stop;
-- and which of the six yields of network support it brought. The record keeps its own copy of goal
-- and agreement texts, so it still reads right after the plan changed or the goal was removed.

CREATE TABLE evaluations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  planned_on date NOT NULL,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','held','cancelled')),
  -- What the people want to talk about; written when planning.
  agenda_note text CHECK (length(agenda_note) <= 2000),
  held_on date,
  held_by uuid,
  held_by_label text,
  went_well text CHECK (length(went_well) <= 4000),
  to_change text CHECK (length(to_change) <= 4000),
  yields text[] NOT NULL DEFAULT '{}'
    CHECK (yields <@ ARRAY['contact','vertrouwen','persoonlijke-groei','plezier','praktische-steun','ontlasting-naasten']::text[]),
  scheduled_by uuid,
  scheduled_by_label text NOT NULL,
  reminded_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  CHECK ((status = 'held') = (held_on IS NOT NULL)),
  FOREIGN KEY (region_id, plan_id) REFERENCES plans(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, scheduled_by) REFERENCES users(region_id, id) ON DELETE SET NULL (scheduled_by),
  FOREIGN KEY (region_id, held_by) REFERENCES users(region_id, id) ON DELETE SET NULL (held_by)
);
CREATE INDEX evaluations_client_idx ON evaluations (region_id, client_id, planned_on);

-- Who is invited: members of the circle; the name stays when someone leaves the circle.
CREATE TABLE evaluation_invitees (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  evaluation_id uuid NOT NULL,
  link_id uuid,
  label text NOT NULL,
  UNIQUE (evaluation_id, link_id),
  FOREIGN KEY (region_id, evaluation_id) REFERENCES evaluations(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, link_id) REFERENCES client_links(region_id, id) ON DELETE SET NULL (link_id)
);

CREATE TABLE evaluation_goals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  evaluation_id uuid NOT NULL,
  goal_id uuid,
  domain text NOT NULL,
  own_words text NOT NULL,
  previous_score smallint CHECK (previous_score BETWEEN 1 AND 10),
  -- Null: not talked about this time; the plan keeps its score.
  client_score smallint CHECK (client_score BETWEEN 1 AND 10),
  went_well text CHECK (length(went_well) <= 2000),
  to_change text CHECK (length(to_change) <= 2000),
  position integer NOT NULL DEFAULT 0,
  UNIQUE (region_id, id),
  UNIQUE (evaluation_id, goal_id),
  FOREIGN KEY (region_id, evaluation_id) REFERENCES evaluations(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, goal_id) REFERENCES plan_goals(region_id, id) ON DELETE SET NULL (goal_id)
);
CREATE INDEX evaluation_goals_goal_idx ON evaluation_goals (goal_id) WHERE goal_id IS NOT NULL;

-- Scores by others than the client (a naaste, a professional), each with their name.
CREATE TABLE evaluation_scores (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  evaluation_goal_id uuid NOT NULL,
  rater_link_id uuid,
  rater_label text NOT NULL,
  score smallint NOT NULL CHECK (score BETWEEN 1 AND 10),
  FOREIGN KEY (region_id, evaluation_goal_id) REFERENCES evaluation_goals(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, rater_link_id) REFERENCES client_links(region_id, id) ON DELETE SET NULL (rater_link_id)
);
CREATE INDEX evaluation_scores_goal_idx ON evaluation_scores (evaluation_goal_id);

-- Per agreement: go on, or stop (the plan's task is then stopped in the same transaction).
CREATE TABLE evaluation_agreements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  evaluation_id uuid NOT NULL,
  task_id uuid,
  title text NOT NULL,
  assignee_label text,
  decision text NOT NULL CHECK (decision IN ('continue','stop')),
  note text CHECK (length(note) <= 2000),
  UNIQUE (evaluation_id, task_id),
  FOREIGN KEY (region_id, evaluation_id) REFERENCES evaluations(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, task_id) REFERENCES plan_tasks(region_id, id) ON DELETE SET NULL (task_id)
);
