-- Positions count from 0 everywhere on the platform (a note's did, an activity's counted from 1). Version 2 of the
-- value-chain-activity-added/-changed events carries the position from 0 too.
UPDATE value_chain_activity SET position = position - 1;
