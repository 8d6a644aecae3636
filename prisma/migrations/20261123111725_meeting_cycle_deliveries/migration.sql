-- CreateTable
CREATE TABLE "Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "meetingId" INTEGER,
    "personId" INTEGER,
    "areaId" INTEGER,
    "actionId" INTEGER,
    "standInForId" INTEGER,
    "dueAt" DATETIME NOT NULL,
    "expiresAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "claimedBy" TEXT,
    "claimedUntil" DATETIME,
    "sendStartedAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "platform" TEXT,
    "conversationId" TEXT,
    "messageId" TEXT,
    "viaChannel" BOOLEAN NOT NULL DEFAULT false,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Delivery_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Delivery_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingCycleSettings" (
    "committeeId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "promptDays" INTEGER NOT NULL DEFAULT 7,
    "promptTime" TEXT NOT NULL DEFAULT '09:00',
    "reminderDays" INTEGER NOT NULL DEFAULT 2,
    "agendaDays" INTEGER NOT NULL DEFAULT 1,
    "agendaTime" TEXT NOT NULL DEFAULT '09:00',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MeetingCycleSettings_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Absence" (
    "personId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "until" TEXT NOT NULL,
    "setAt" DATETIME NOT NULL,
    CONSTRAINT "Absence_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_key_key" ON "Delivery"("key");

-- CreateIndex
CREATE INDEX "Delivery_status_dueAt_idx" ON "Delivery"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Delivery_meetingId_idx" ON "Delivery"("meetingId");
