-- The trial format of 2019–2020 (DOMAIN.md §5.1a) adds tally kinds: catalogue sizes at year end and government
-- procurement, whose amount in 万元 is published to the yuan (four decimals); fees keep their two.
ALTER TABLE tally ALTER COLUMN value TYPE NUMERIC(18, 4);
