-- The distribution outcome (rule, margin, shares) last published in a distribution-changed event, so that a
-- change of costs, prices or partners that moves the shares publishes the new outcome, and nothing else does. Kept as the
-- exact JSON text the service wrote, compared as text (JSONB would reorder keys and reformat numbers).
ALTER TABLE distribution_rule ADD COLUMN published_outcome TEXT;
