-- CreateTable
CREATE TABLE "MinutesVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "document" TEXT NOT NULL,
    "changes" TEXT NOT NULL DEFAULT '[]',
    "commentsDue" TEXT NOT NULL,
    "circulatedAt" DATETIME NOT NULL,
    "circulatedById" INTEGER,
    "approvedAt" DATETIME,
    "approvedById" INTEGER,
    "approvedAtMeetingId" INTEGER,
    "amended" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "MinutesVersion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MinutesComment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "itemNumber" TEXT,
    "text" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    "via" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "MinutesComment_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MinutesCorrection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "itemNumber" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "editedAt" DATETIME NOT NULL,
    "editedById" INTEGER NOT NULL,
    CONSTRAINT "MinutesCorrection_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "MinutesVersion_meetingId_version_key" ON "MinutesVersion"("meetingId", "version");

-- CreateIndex
CREATE INDEX "MinutesComment_meetingId_idx" ON "MinutesComment"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesCorrection_meetingId_itemNumber_key" ON "MinutesCorrection"("meetingId", "itemNumber");

-- The minutes' versions, comments and corrections are read per request (the
-- read model's "minutes" part, stamp row 8): the stamp moves on every write to them.
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (8, 0);

CREATE TRIGGER "MinutesVersion_minutes_stamp_insert" AFTER INSERT ON "MinutesVersion"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 8;
END;

CREATE TRIGGER "MinutesVersion_minutes_stamp_update" AFTER UPDATE ON "MinutesVersion"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 8;
END;

CREATE TRIGGER "MinutesVersion_minutes_stamp_delete" AFTER DELETE ON "MinutesVersion"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 8;
END;

CREATE TRIGGER "MinutesComment_minutes_stamp_insert" AFTER INSERT ON "MinutesComment"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 8;
END;

CREATE TRIGGER "MinutesComment_minutes_stamp_update" AFTER UPDATE ON "MinutesComment"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 8;
END;

CREATE TRIGGER "MinutesComment_minutes_stamp_delete" AFTER DELETE ON "MinutesComment"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 8;
END;

CREATE TRIGGER "MinutesCorrection_minutes_stamp_insert" AFTER INSERT ON "MinutesCorrection"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 8;
END;

CREATE TRIGGER "MinutesCorrection_minutes_stamp_update" AFTER UPDATE ON "MinutesCorrection"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 8;
END;

CREATE TRIGGER "MinutesCorrection_minutes_stamp_delete" AFTER DELETE ON "MinutesCorrection"
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 8;
END;
