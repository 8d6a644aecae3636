-- CreateTable
CREATE TABLE "DirectoryStamp" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- The one stamp row, and the triggers that move it on every write to the
-- tables the directory snapshot reads (src/store/directory-cache.ts).
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (1, 0);

CREATE TRIGGER "Committee_directory_stamp_insert" AFTER INSERT ON "Committee"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Committee_directory_stamp_update" AFTER UPDATE ON "Committee"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Committee_directory_stamp_delete" AFTER DELETE ON "Committee"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Delegation_directory_stamp_insert" AFTER INSERT ON "Delegation"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Delegation_directory_stamp_update" AFTER UPDATE ON "Delegation"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Delegation_directory_stamp_delete" AFTER DELETE ON "Delegation"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DelegationAlias_directory_stamp_insert" AFTER INSERT ON "DelegationAlias"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DelegationAlias_directory_stamp_update" AFTER UPDATE ON "DelegationAlias"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DelegationAlias_directory_stamp_delete" AFTER DELETE ON "DelegationAlias"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Person_directory_stamp_insert" AFTER INSERT ON "Person"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Person_directory_stamp_update" AFTER UPDATE ON "Person"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Person_directory_stamp_delete" AFTER DELETE ON "Person"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CommitteeRole_directory_stamp_insert" AFTER INSERT ON "CommitteeRole"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CommitteeRole_directory_stamp_update" AFTER UPDATE ON "CommitteeRole"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CommitteeRole_directory_stamp_delete" AFTER DELETE ON "CommitteeRole"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ThematicArea_directory_stamp_insert" AFTER INSERT ON "ThematicArea"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ThematicArea_directory_stamp_update" AFTER UPDATE ON "ThematicArea"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ThematicArea_directory_stamp_delete" AFTER DELETE ON "ThematicArea"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ThematicAreaAlias_directory_stamp_insert" AFTER INSERT ON "ThematicAreaAlias"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ThematicAreaAlias_directory_stamp_update" AFTER UPDATE ON "ThematicAreaAlias"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ThematicAreaAlias_directory_stamp_delete" AFTER DELETE ON "ThematicAreaAlias"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "AreaCoordinator_directory_stamp_insert" AFTER INSERT ON "AreaCoordinator"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "AreaCoordinator_directory_stamp_update" AFTER UPDATE ON "AreaCoordinator"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "AreaCoordinator_directory_stamp_delete" AFTER DELETE ON "AreaCoordinator"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CountryCoalition_directory_stamp_insert" AFTER INSERT ON "CountryCoalition"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CountryCoalition_directory_stamp_update" AFTER UPDATE ON "CountryCoalition"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CountryCoalition_directory_stamp_delete" AFTER DELETE ON "CountryCoalition"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ChatIdentity_directory_stamp_insert" AFTER INSERT ON "ChatIdentity"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ChatIdentity_directory_stamp_update" AFTER UPDATE ON "ChatIdentity"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ChatIdentity_directory_stamp_delete" AFTER DELETE ON "ChatIdentity"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "WorkspaceBinding_directory_stamp_insert" AFTER INSERT ON "WorkspaceBinding"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "WorkspaceBinding_directory_stamp_update" AFTER UPDATE ON "WorkspaceBinding"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "WorkspaceBinding_directory_stamp_delete" AFTER DELETE ON "WorkspaceBinding"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;
