-- Installations that ran the foundation have people linked to clients without any consent grants.
-- Before consent existed, linked professionals had full access and the wider circle saw the basis
-- data. Removing that overnight would lock every professional out of their clients, so this carries
-- the old access over as the nearest consent: the professional preset for professionals, basis
-- read for naasten, volunteers and representatives. Each carried-over grant is a recorded decision
-- ("overgenomen bij de update"), so the client sees it in the circle's history and can change it.
-- On a new installation there are no such links and nothing happens.

CREATE TEMPORARY TABLE carried_over ON COMMIT DROP AS
SELECT
  l.id AS link_id,
  l.region_id,
  l.client_id,
  l.user_id,
  COALESCE(u.display_name, '') || CASE WHEN l.label IS NULL THEN '' ELSE ' (' || l.label || ')' END AS member_label,
  CASE WHEN l.relation = 'professional'
    THEN '{"basis":"contribute","netwerk":"contribute","plan":"contribute","agenda":"contribute","logboek":"contribute","rapportage":"contribute","gevoelig":"none","documenten":"contribute"}'::jsonb
    ELSE '{"basis":"read","netwerk":"none","plan":"none","agenda":"none","logboek":"none","rapportage":"none","gevoelig":"none","documenten":"none"}'::jsonb
  END AS cells,
  CASE
    WHEN date_part('year', age(current_date, c.birth_date)) < 12 THEN 'representative'
    WHEN date_part('year', age(current_date, c.birth_date)) < 16 THEN 'both'
    WHEN c.decision_capacity = 'unable' THEN 'representative'
    ELSE 'client'
  END AS rule,
  gen_random_uuid() AS decision_id
FROM client_links l
JOIN clients c ON c.id = l.client_id AND c.region_id = l.region_id
JOIN users u ON u.id = l.user_id AND u.region_id = l.region_id
WHERE NOT EXISTS (SELECT 1 FROM consent_grants g WHERE g.link_id = l.id)
  AND NOT EXISTS (SELECT 1 FROM consent_decisions d WHERE d.link_id = l.id);

INSERT INTO consent_decisions (id, region_id, client_id, link_id, member_user_id, member_label, cells, expires_at, preset, rule,
  status, base_version, needs, confirmations, proposed_by, proposed_by_label, decided_at, note)
SELECT decision_id, region_id, client_id, link_id, user_id, member_label, cells, NULL,
  CASE WHEN cells->>'rapportage' = 'contribute' THEN 'professional' ELSE NULL END, rule,
  'applied', 1, '[]'::jsonb, '[]'::jsonb, NULL, 'Samenspel (overgenomen bij de update)', now(), 'overgenomen'
FROM carried_over;

INSERT INTO consent_grants (link_id, category, region_id, client_id, level, expires_at, decision_id)
SELECT o.link_id, cell.key, o.region_id, o.client_id, cell.value, NULL, o.decision_id
FROM carried_over o, jsonb_each_text(o.cells) AS cell
WHERE cell.value <> 'none';

INSERT INTO circle_events (region_id, client_id, kind, actor_user_id, actor_label, subject_label, decision_id, details)
SELECT region_id, client_id, 'consent-applied', NULL, 'Samenspel (overgenomen bij de update)', member_label, decision_id,
  jsonb_build_object('cells', cells, 'basis', 'overgenomen')
FROM carried_over;

INSERT INTO circles (client_id, region_id, created_by, regisseur_user_id)
SELECT DISTINCT ON (c.id) c.id, c.region_id, NULL, NULL
FROM clients c
JOIN client_links l ON l.client_id = c.id AND l.region_id = c.region_id
WHERE NOT EXISTS (SELECT 1 FROM circles ci WHERE ci.client_id = c.id);
