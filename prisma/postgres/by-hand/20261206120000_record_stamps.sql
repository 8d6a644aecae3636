-- One more stamp row per part of the read model (src/read-model/), moved by
-- statement triggers on every write to the tables that part reads; see the
-- SQLite migration of the same name. Row ids: 1 directory, 2 coalitions,
-- 3 actions, 4 meetings, 5 updates, 6 passages, 7 meeting-cycle settings.
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (2, 0);
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (3, 0);
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (4, 0);
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (5, 0);
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (6, 0);
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (7, 0);

CREATE FUNCTION "coalitions_stamp_bump"() RETURNS trigger AS $$
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 2;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "CountryCoalition_coalitions_stamp" AFTER INSERT OR UPDATE OR DELETE ON "CountryCoalition"
    FOR EACH STATEMENT EXECUTE FUNCTION "coalitions_stamp_bump"();

CREATE TRIGGER "CoalitionMember_coalitions_stamp" AFTER INSERT OR UPDATE OR DELETE ON "CoalitionMember"
    FOR EACH STATEMENT EXECUTE FUNCTION "coalitions_stamp_bump"();

CREATE TRIGGER "CoalitionActivity_coalitions_stamp" AFTER INSERT OR UPDATE OR DELETE ON "CoalitionActivity"
    FOR EACH STATEMENT EXECUTE FUNCTION "coalitions_stamp_bump"();

CREATE FUNCTION "actions_stamp_bump"() RETURNS trigger AS $$
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 3;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ActionItem_actions_stamp" AFTER INSERT OR UPDATE OR DELETE ON "ActionItem"
    FOR EACH STATEMENT EXECUTE FUNCTION "actions_stamp_bump"();

CREATE TRIGGER "ActionOwner_actions_stamp" AFTER INSERT OR UPDATE OR DELETE ON "ActionOwner"
    FOR EACH STATEMENT EXECUTE FUNCTION "actions_stamp_bump"();

CREATE FUNCTION "meetings_stamp_bump"() RETURNS trigger AS $$
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Meeting_meetings_stamp" AFTER INSERT OR UPDATE OR DELETE ON "Meeting"
    FOR EACH STATEMENT EXECUTE FUNCTION "meetings_stamp_bump"();

CREATE TRIGGER "AgendaItem_meetings_stamp" AFTER INSERT OR UPDATE OR DELETE ON "AgendaItem"
    FOR EACH STATEMENT EXECUTE FUNCTION "meetings_stamp_bump"();

CREATE TRIGGER "Attendance_meetings_stamp" AFTER INSERT OR UPDATE OR DELETE ON "Attendance"
    FOR EACH STATEMENT EXECUTE FUNCTION "meetings_stamp_bump"();

CREATE TRIGGER "Decision_meetings_stamp" AFTER INSERT OR UPDATE OR DELETE ON "Decision"
    FOR EACH STATEMENT EXECUTE FUNCTION "meetings_stamp_bump"();

CREATE TRIGGER "MeetingNote_meetings_stamp" AFTER INSERT OR UPDATE OR DELETE ON "MeetingNote"
    FOR EACH STATEMENT EXECUTE FUNCTION "meetings_stamp_bump"();

CREATE TRIGGER "AgendaDraftVersion_meetings_stamp" AFTER INSERT OR UPDATE OR DELETE ON "AgendaDraftVersion"
    FOR EACH STATEMENT EXECUTE FUNCTION "meetings_stamp_bump"();

CREATE FUNCTION "updates_stamp_bump"() RETURNS trigger AS $$
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 5;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Update_updates_stamp" AFTER INSERT OR UPDATE OR DELETE ON "Update"
    FOR EACH STATEMENT EXECUTE FUNCTION "updates_stamp_bump"();

CREATE TRIGGER "UpdateRevision_updates_stamp" AFTER INSERT OR UPDATE OR DELETE ON "UpdateRevision"
    FOR EACH STATEMENT EXECUTE FUNCTION "updates_stamp_bump"();

CREATE FUNCTION "passages_stamp_bump"() RETURNS trigger AS $$
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 6;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "RecordPassage_passages_stamp" AFTER INSERT OR UPDATE OR DELETE ON "RecordPassage"
    FOR EACH STATEMENT EXECUTE FUNCTION "passages_stamp_bump"();

CREATE FUNCTION "cycle_stamp_bump"() RETURNS trigger AS $$
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 7;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "MeetingCycleSettings_cycle_stamp" AFTER INSERT OR UPDATE OR DELETE ON "MeetingCycleSettings"
    FOR EACH STATEMENT EXECUTE FUNCTION "cycle_stamp_bump"();

CREATE TRIGGER "Absence_cycle_stamp" AFTER INSERT OR UPDATE OR DELETE ON "Absence"
    FOR EACH STATEMENT EXECUTE FUNCTION "cycle_stamp_bump"();
