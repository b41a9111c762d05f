-- The client's network map (ecogram): the people around the client as the client tells it. A person
-- on the map needs no account; once invited into the circle, link_id points at their membership.
-- Region-scoped with composite (region_id, id) foreign keys like the rest of the schema.
CREATE TABLE network_persons (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id uuid NOT NULL,
  client_id uuid NOT NULL,
  -- How the client names this person ("tante Ria", "buurman Kees"); never required to be a full name.
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
  birth_date date,
  gender text CHECK (gender IN ('vrouw','man','anders')),
  -- The relation in the client's words: "moeder", "buurvrouw", "maatje", "wijkcoach".
  relation text NOT NULL CHECK (length(relation) BETWEEN 1 AND 80),
  sector text NOT NULL CHECK (sector IN ('familie','vrienden','buurt','school-werk','vrije-tijd','zorg')),
  closeness text NOT NULL CHECK (closeness IN ('heel-dichtbij','dichtbij','verder')),
  quality text NOT NULL DEFAULT 'steunend' CHECK (quality IN ('steunend','wisselend','moeizaam','verbroken')),
  -- Support functions this person gives the client, and what the client gives back (reciprocity).
  support_given jsonb NOT NULL DEFAULT '[]'::jsonb,
  support_received jsonb NOT NULL DEFAULT '[]'::jsonb,
  contact_frequency text CHECK (contact_frequency IN ('dagelijks','wekelijks','maandelijks','paar-keer-per-jaar','zelden','geen')),
  paid boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'actief' CHECK (status IN ('actief','contact-kwijt','wil-herstellen','nu-niet-helpend')),
  note text CHECK (note IS NULL OR length(note) <= 1000),
  deceased boolean NOT NULL DEFAULT false,
  -- The circle member this person is, once invited or linked.
  link_id uuid,
  -- A position the user dragged the person to (0..1 of the drawing); null: the app lays it out.
  pos_x real CHECK (pos_x IS NULL OR pos_x BETWEEN 0 AND 1),
  pos_y real CHECK (pos_y IS NULL OR pos_y BETWEEN 0 AND 1),
  created_by uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, id),
  FOREIGN KEY (region_id, client_id) REFERENCES clients(region_id, id) ON DELETE CASCADE,
  FOREIGN KEY (region_id, link_id) REFERENCES client_links(region_id, id) ON DELETE SET NULL (link_id)
);
CREATE INDEX network_persons_client_idx ON network_persons (region_id, client_id);
CREATE UNIQUE INDEX network_persons_link_idx ON network_persons (link_id) WHERE link_id IS NOT NULL;
