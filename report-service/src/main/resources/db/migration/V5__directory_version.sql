-- The directory's version: bumped by every statement that adds, removes, renames or moves an agency, so the source
-- services' replicas (and the report-service's own access checks) can tell a changed tree by one small read and
-- ask for it with If-None-Match.
CREATE TABLE directory_version (
    id      INT    PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO directory_version (id, version) VALUES (1, 1);

CREATE FUNCTION directory_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE directory_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER agency_directory_version AFTER INSERT OR UPDATE OF code, parent_code OR DELETE ON agency
    FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
CREATE TRIGGER agency_directory_version_truncate AFTER TRUNCATE ON agency
    FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
