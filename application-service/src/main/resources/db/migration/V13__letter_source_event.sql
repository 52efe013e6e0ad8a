-- The step of the request's history a letter reports (request_event.id), so that a retried issue finds the letter it
-- made instead of taking a second document number (LetterService.issue). Null for letters issued before.
ALTER TABLE letter ADD COLUMN source_event BIGINT;
