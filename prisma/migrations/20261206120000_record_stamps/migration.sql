-- One more stamp row per part of the read model (src/read-model/), moved by
-- triggers on every write to the tables that part reads, as row 1 already is
-- for the directory. A reader that sees the database changed (SQLite's
-- PRAGMA data_version) compares these rows to learn which parts to reload:
-- writes to tables no answer reads (inbound events, deliveries, audit) reload
-- nothing. Row ids: 1 directory, 2 coalitions, 3 actions, 4 meetings,
-- 5 updates, 6 passages, 7 meeting-cycle settings and absences.
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (2, 0);
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (3, 0);
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (4, 0);
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (5, 0);
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (6, 0);
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (7, 0);

CREATE TRIGGER "CountryCoalition_coalitions_stamp_insert" AFTER INSERT ON "CountryCoalition"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 2;
END;

CREATE TRIGGER "CountryCoalition_coalitions_stamp_update" AFTER UPDATE ON "CountryCoalition"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 2;
END;

CREATE TRIGGER "CountryCoalition_coalitions_stamp_delete" AFTER DELETE ON "CountryCoalition"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 2;
END;

CREATE TRIGGER "CoalitionMember_coalitions_stamp_insert" AFTER INSERT ON "CoalitionMember"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 2;
END;

CREATE TRIGGER "CoalitionMember_coalitions_stamp_update" AFTER UPDATE ON "CoalitionMember"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 2;
END;

CREATE TRIGGER "CoalitionMember_coalitions_stamp_delete" AFTER DELETE ON "CoalitionMember"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 2;
END;

CREATE TRIGGER "CoalitionActivity_coalitions_stamp_insert" AFTER INSERT ON "CoalitionActivity"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 2;
END;

CREATE TRIGGER "CoalitionActivity_coalitions_stamp_update" AFTER UPDATE ON "CoalitionActivity"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 2;
END;

CREATE TRIGGER "CoalitionActivity_coalitions_stamp_delete" AFTER DELETE ON "CoalitionActivity"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 2;
END;

CREATE TRIGGER "ActionItem_actions_stamp_insert" AFTER INSERT ON "ActionItem"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 3;
END;

CREATE TRIGGER "ActionItem_actions_stamp_update" AFTER UPDATE ON "ActionItem"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 3;
END;

CREATE TRIGGER "ActionItem_actions_stamp_delete" AFTER DELETE ON "ActionItem"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 3;
END;

CREATE TRIGGER "ActionOwner_actions_stamp_insert" AFTER INSERT ON "ActionOwner"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 3;
END;

CREATE TRIGGER "ActionOwner_actions_stamp_update" AFTER UPDATE ON "ActionOwner"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 3;
END;

CREATE TRIGGER "ActionOwner_actions_stamp_delete" AFTER DELETE ON "ActionOwner"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 3;
END;

CREATE TRIGGER "Meeting_meetings_stamp_insert" AFTER INSERT ON "Meeting"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "Meeting_meetings_stamp_update" AFTER UPDATE ON "Meeting"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "Meeting_meetings_stamp_delete" AFTER DELETE ON "Meeting"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "AgendaItem_meetings_stamp_insert" AFTER INSERT ON "AgendaItem"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "AgendaItem_meetings_stamp_update" AFTER UPDATE ON "AgendaItem"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "AgendaItem_meetings_stamp_delete" AFTER DELETE ON "AgendaItem"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "Attendance_meetings_stamp_insert" AFTER INSERT ON "Attendance"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "Attendance_meetings_stamp_update" AFTER UPDATE ON "Attendance"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "Attendance_meetings_stamp_delete" AFTER DELETE ON "Attendance"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "Decision_meetings_stamp_insert" AFTER INSERT ON "Decision"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "Decision_meetings_stamp_update" AFTER UPDATE ON "Decision"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "Decision_meetings_stamp_delete" AFTER DELETE ON "Decision"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "MeetingNote_meetings_stamp_insert" AFTER INSERT ON "MeetingNote"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "MeetingNote_meetings_stamp_update" AFTER UPDATE ON "MeetingNote"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "MeetingNote_meetings_stamp_delete" AFTER DELETE ON "MeetingNote"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "AgendaDraftVersion_meetings_stamp_insert" AFTER INSERT ON "AgendaDraftVersion"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "AgendaDraftVersion_meetings_stamp_update" AFTER UPDATE ON "AgendaDraftVersion"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "AgendaDraftVersion_meetings_stamp_delete" AFTER DELETE ON "AgendaDraftVersion"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 4;
END;

CREATE TRIGGER "Update_updates_stamp_insert" AFTER INSERT ON "Update"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 5;
END;

CREATE TRIGGER "Update_updates_stamp_update" AFTER UPDATE ON "Update"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 5;
END;

CREATE TRIGGER "Update_updates_stamp_delete" AFTER DELETE ON "Update"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 5;
END;

CREATE TRIGGER "UpdateRevision_updates_stamp_insert" AFTER INSERT ON "UpdateRevision"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 5;
END;

CREATE TRIGGER "UpdateRevision_updates_stamp_update" AFTER UPDATE ON "UpdateRevision"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 5;
END;

CREATE TRIGGER "UpdateRevision_updates_stamp_delete" AFTER DELETE ON "UpdateRevision"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 5;
END;

CREATE TRIGGER "RecordPassage_passages_stamp_insert" AFTER INSERT ON "RecordPassage"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 6;
END;

CREATE TRIGGER "RecordPassage_passages_stamp_update" AFTER UPDATE ON "RecordPassage"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 6;
END;

CREATE TRIGGER "RecordPassage_passages_stamp_delete" AFTER DELETE ON "RecordPassage"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 6;
END;

CREATE TRIGGER "MeetingCycleSettings_cycle_stamp_insert" AFTER INSERT ON "MeetingCycleSettings"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 7;
END;

CREATE TRIGGER "MeetingCycleSettings_cycle_stamp_update" AFTER UPDATE ON "MeetingCycleSettings"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 7;
END;

CREATE TRIGGER "MeetingCycleSettings_cycle_stamp_delete" AFTER DELETE ON "MeetingCycleSettings"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 7;
END;

CREATE TRIGGER "Absence_cycle_stamp_insert" AFTER INSERT ON "Absence"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 7;
END;

CREATE TRIGGER "Absence_cycle_stamp_update" AFTER UPDATE ON "Absence"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 7;
END;

CREATE TRIGGER "Absence_cycle_stamp_delete" AFTER DELETE ON "Absence"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 7;
END;
