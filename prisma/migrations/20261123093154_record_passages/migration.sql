-- CreateTable
CREATE TABLE "RecordPassage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "meetingId" INTEGER,
    "agendaNumber" TEXT,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "RecordPassage_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RecordPassage_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "RecordPassage_committeeId_source_position_key" ON "RecordPassage"("committeeId", "source", "position");
