-- A request registered by mistake (a duplicate entry, the wrong agency) is voided, never deleted: it stays on record
-- with who voided it, when and why, and no longer counts in any figure, list or to-do.
ALTER TABLE information_request
    ADD COLUMN voided_on date,
    ADD COLUMN voided_by varchar(200),
    ADD COLUMN void_reason varchar(2000);
