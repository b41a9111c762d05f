-- An offer from the sociale kaart in the plan: as a suggestion ("misschien iets voor jou") or as a
-- referral ("we hebben je aangemeld"), with how it turned out: went, did not go, did not fit. The
-- offer stays linked even when its organisation archives it, so the plan keeps reading right.

ALTER TABLE plan_tasks ADD COLUMN offer_id uuid;
ALTER TABLE plan_tasks ADD COLUMN referral_kind text CHECK (referral_kind IN ('suggestion','referral'));
ALTER TABLE plan_tasks ADD COLUMN referral_outcome text CHECK (referral_outcome IN ('went','did-not-go','did-not-fit'));
ALTER TABLE plan_tasks ADD COLUMN referral_outcome_note text;
ALTER TABLE plan_tasks ADD COLUMN referral_outcome_at timestamptz;
ALTER TABLE plan_tasks ADD CONSTRAINT plan_tasks_offer_fk FOREIGN KEY (region_id, offer_id) REFERENCES social_offers(region_id, id);
ALTER TABLE plan_tasks ADD CONSTRAINT plan_tasks_referral_needs_offer CHECK ((offer_id IS NULL) = (referral_kind IS NULL));
ALTER TABLE plan_tasks ADD CONSTRAINT plan_tasks_outcome_needs_offer CHECK (referral_outcome IS NULL OR offer_id IS NOT NULL);
CREATE INDEX plan_tasks_offer_idx ON plan_tasks (offer_id) WHERE offer_id IS NOT NULL;
