-- The stamp of the read model's "minutes" part (row 8), moved by statement
-- triggers on every write to the minutes' versions, comments and corrections;
-- see the SQLite migration of the same name.
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (8, 0);

CREATE FUNCTION "minutes_stamp_bump"() RETURNS trigger AS $$
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 8;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "MinutesVersion_minutes_stamp" AFTER INSERT OR UPDATE OR DELETE ON "MinutesVersion"
    FOR EACH STATEMENT EXECUTE FUNCTION "minutes_stamp_bump"();

CREATE TRIGGER "MinutesComment_minutes_stamp" AFTER INSERT OR UPDATE OR DELETE ON "MinutesComment"
    FOR EACH STATEMENT EXECUTE FUNCTION "minutes_stamp_bump"();

CREATE TRIGGER "MinutesCorrection_minutes_stamp" AFTER INSERT OR UPDATE OR DELETE ON "MinutesCorrection"
    FOR EACH STATEMENT EXECUTE FUNCTION "minutes_stamp_bump"();
