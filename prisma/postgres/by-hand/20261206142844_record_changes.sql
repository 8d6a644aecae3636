-- Row triggers writing which action items changed; see the SQLite migration
-- of the same name. PostgreSQL numbers rows when they are inserted, not when
-- they commit: each change first moves the actions stamp row, whose lock
-- the transaction then holds to its end, so a concurrent writer of action
-- items waits before numbering its own changes, and ids follow commit order.
CREATE FUNCTION "actions_record_change"() RETURNS trigger AS $$
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 3;
    IF TG_TABLE_NAME = 'ActionItem' THEN
        IF TG_OP = 'DELETE' THEN
            INSERT INTO "RecordChange" ("part", "rowId") VALUES (3, OLD."id");
        ELSE
            INSERT INTO "RecordChange" ("part", "rowId") VALUES (3, NEW."id");
        END IF;
    ELSE
        IF TG_OP <> 'INSERT' THEN
            INSERT INTO "RecordChange" ("part", "rowId") VALUES (3, OLD."actionId");
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO "RecordChange" ("part", "rowId") VALUES (3, NEW."actionId");
        END IF;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ActionItem_actions_change" AFTER INSERT OR UPDATE OR DELETE ON "ActionItem"
    FOR EACH ROW EXECUTE FUNCTION "actions_record_change"();

CREATE TRIGGER "ActionOwner_actions_change" AFTER INSERT OR UPDATE OR DELETE ON "ActionOwner"
    FOR EACH ROW EXECUTE FUNCTION "actions_record_change"();
