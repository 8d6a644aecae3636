-- Which action items a write touched, in commit order, so the read model
-- (src/read-model/) reloads those rows instead of the whole part (5,000 items
-- on a large committee). Written by triggers beside the stamp triggers of
-- 20261206120000_record_stamps; an owner's change names its action item.
-- SQLite has one writer at a time, so ids follow commit order.

-- CreateTable
CREATE TABLE "RecordChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "part" INTEGER NOT NULL,
    "rowId" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "RecordChange_part_id_idx" ON "RecordChange"("part", "id");

CREATE TRIGGER "ActionItem_actions_change_insert" AFTER INSERT ON "ActionItem"
BEGIN
    INSERT INTO "RecordChange" ("part", "rowId") VALUES (3, NEW."id");
END;

CREATE TRIGGER "ActionItem_actions_change_update" AFTER UPDATE ON "ActionItem"
BEGIN
    INSERT INTO "RecordChange" ("part", "rowId") VALUES (3, NEW."id");
END;

CREATE TRIGGER "ActionItem_actions_change_delete" AFTER DELETE ON "ActionItem"
BEGIN
    INSERT INTO "RecordChange" ("part", "rowId") VALUES (3, OLD."id");
END;

CREATE TRIGGER "ActionOwner_actions_change_insert" AFTER INSERT ON "ActionOwner"
BEGIN
    INSERT INTO "RecordChange" ("part", "rowId") VALUES (3, NEW."actionId");
END;

CREATE TRIGGER "ActionOwner_actions_change_update" AFTER UPDATE ON "ActionOwner"
BEGIN
    INSERT INTO "RecordChange" ("part", "rowId") VALUES (3, OLD."actionId");
    INSERT INTO "RecordChange" ("part", "rowId") VALUES (3, NEW."actionId");
END;

CREATE TRIGGER "ActionOwner_actions_change_delete" AFTER DELETE ON "ActionOwner"
BEGIN
    INSERT INTO "RecordChange" ("part", "rowId") VALUES (3, OLD."actionId");
END;
