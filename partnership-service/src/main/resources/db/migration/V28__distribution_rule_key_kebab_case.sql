-- Version 2 of the earnings model's distribution-changed event spells the key in kebab-case, as the API does;
-- keys kept from version 1 events (COST_CONTRIBUTION) are spelled the same way.
UPDATE earnings_distribution SET rule_key = lower(replace(rule_key, '_', '-'));
