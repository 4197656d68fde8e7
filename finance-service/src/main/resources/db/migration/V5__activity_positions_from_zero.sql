-- Positions count from 0 everywhere on the platform; partnership-service's activities counted from 1 until its V31,
-- and version 2 of its value-chain-activity events carries them from 0 (version 1 is shifted when read).
UPDATE cost_activity SET position = position - 1;
