-- CreateTable
CREATE TABLE "Committee" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "convention" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Zurich',
    "presidencyLabel" TEXT,
    "presidencyDelegationId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Committee_presidencyDelegationId_fkey" FOREIGN KEY ("presidencyDelegationId") REFERENCES "Delegation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "isoCode" TEXT,
    "treatyStatus" TEXT,
    "isMember" BOOLEAN NOT NULL DEFAULT true,
    "listOrder" INTEGER NOT NULL DEFAULT 0,
    "label" TEXT,
    CONSTRAINT "Delegation_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DelegationAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "delegationId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    CONSTRAINT "DelegationAlias_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DelegationAlias_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "delegationId" INTEGER NOT NULL,
    "honorific" TEXT,
    "name" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "position" TEXT,
    "timeZone" TEXT,
    "listOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Person_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Person_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChatIdentity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "linkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChatIdentity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitteeRole" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    CONSTRAINT "CommitteeRole_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CommitteeRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ThematicArea" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "position" INTEGER NOT NULL,
    CONSTRAINT "ThematicArea_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ThematicAreaAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    CONSTRAINT "ThematicAreaAlias_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ThematicAreaAlias_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ThematicArea" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AreaCoordinator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "areaId" INTEGER NOT NULL,
    "delegationId" INTEGER NOT NULL,
    "listOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "AreaCoordinator_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ThematicArea" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AreaCoordinator_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CountryCoalition" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "affectedDelegationId" INTEGER NOT NULL,
    "phase" TEXT NOT NULL,
    "challenges" TEXT NOT NULL DEFAULT '',
    "nationalStrategyRef" TEXT,
    "nextStep" TEXT,
    "visibility" TEXT NOT NULL DEFAULT 'committee',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" INTEGER,
    CONSTRAINT "CountryCoalition_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CountryCoalition_affectedDelegationId_fkey" FOREIGN KEY ("affectedDelegationId") REFERENCES "Delegation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CountryCoalition_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoalitionMember" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "coalitionId" INTEGER NOT NULL,
    "delegationId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    CONSTRAINT "CoalitionMember_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "CountryCoalition" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CoalitionMember_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoalitionActivity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "coalitionId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "areaId" INTEGER,
    "fundingChannel" TEXT,
    "status" TEXT NOT NULL,
    "period" TEXT,
    "place" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "CoalitionActivity_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "CountryCoalition" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CoalitionActivity_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ThematicArea" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME,
    "timeKnown" BOOLEAN NOT NULL DEFAULT true,
    "timeZone" TEXT NOT NULL,
    "place" TEXT,
    "status" TEXT NOT NULL,
    "previousMeetingId" INTEGER,
    "minutesApprovedAt" DATETIME,
    CONSTRAINT "Meeting_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_previousMeetingId_fkey" FOREIGN KEY ("previousMeetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "areaId" INTEGER,
    "coalitionId" INTEGER,
    CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ThematicArea" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "CountryCoalition" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Update" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "areaId" INTEGER,
    "coalitionId" INTEGER,
    "subjectKey" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "visibility" TEXT NOT NULL DEFAULT 'committee',
    "submittedAt" DATETIME NOT NULL,
    "revisedAt" DATETIME,
    CONSTRAINT "Update_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Update_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Update_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Update_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ThematicArea" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Update_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "CountryCoalition" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UpdateRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updateId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "revisedAt" DATETIME NOT NULL,
    "revisedById" INTEGER NOT NULL,
    CONSTRAINT "UpdateRevision_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "Update" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UpdateRevision_revisedById_fkey" FOREIGN KEY ("revisedById") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "dueKind" TEXT NOT NULL,
    "dueOn" TEXT,
    "dueMeetingId" INTEGER,
    "sourceMeetingId" INTEGER,
    "agendaItemId" INTEGER,
    "areaId" INTEGER,
    "coalitionId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL,
    "createdById" INTEGER,
    "completedAt" DATETIME,
    "completedById" INTEGER,
    CONSTRAINT "ActionItem_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_dueMeetingId_fkey" FOREIGN KEY ("dueMeetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_sourceMeetingId_fkey" FOREIGN KEY ("sourceMeetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ThematicArea" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "CountryCoalition" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionOwner" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actionId" INTEGER NOT NULL,
    "delegationId" INTEGER,
    "personId" INTEGER,
    "ownerKey" TEXT NOT NULL,
    "listOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ActionOwner_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "ActionItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionOwner_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ActionOwner_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "agendaItemId" INTEGER,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "createdById" INTEGER,
    CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Decision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER,
    "at" DATETIME NOT NULL,
    "actorPersonId" INTEGER,
    "platform" TEXT NOT NULL,
    "platformUserId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" TEXT,
    "after" TEXT,
    CONSTRAINT "AuditEvent_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditEvent_actorPersonId_fkey" FOREIGN KEY ("actorPersonId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChatConversation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT 'none',
    "personId" INTEGER,
    "reference" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'active',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ChatConversation_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Committee_slug_key" ON "Committee"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Committee_presidencyDelegationId_key" ON "Committee"("presidencyDelegationId");

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_committeeId_name_key" ON "Delegation"("committeeId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_committeeId_isoCode_key" ON "Delegation"("committeeId", "isoCode");

-- CreateIndex
CREATE UNIQUE INDEX "DelegationAlias_committeeId_alias_key" ON "DelegationAlias"("committeeId", "alias");

-- CreateIndex
CREATE UNIQUE INDEX "Person_delegationId_name_key" ON "Person"("delegationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ChatIdentity_platform_workspaceId_userId_key" ON "ChatIdentity"("platform", "workspaceId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeRole_committeeId_personId_role_key" ON "CommitteeRole"("committeeId", "personId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "ThematicArea_committeeId_name_key" ON "ThematicArea"("committeeId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ThematicArea_committeeId_position_key" ON "ThematicArea"("committeeId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ThematicAreaAlias_committeeId_alias_key" ON "ThematicAreaAlias"("committeeId", "alias");

-- CreateIndex
CREATE UNIQUE INDEX "AreaCoordinator_areaId_delegationId_key" ON "AreaCoordinator"("areaId", "delegationId");

-- CreateIndex
CREATE UNIQUE INDEX "CountryCoalition_committeeId_name_key" ON "CountryCoalition"("committeeId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "CountryCoalition_committeeId_affectedDelegationId_key" ON "CountryCoalition"("committeeId", "affectedDelegationId");

-- CreateIndex
CREATE UNIQUE INDEX "CoalitionMember_coalitionId_delegationId_role_key" ON "CoalitionMember"("coalitionId", "delegationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "CoalitionActivity_coalitionId_title_key" ON "CoalitionActivity"("coalitionId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_previousMeetingId_key" ON "Meeting"("previousMeetingId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_committeeId_startsAt_key" ON "Meeting"("committeeId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_meetingId_number_key" ON "AgendaItem"("meetingId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_meetingId_personId_key" ON "Attendance"("meetingId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Update_meetingId_subjectKey_key" ON "Update"("meetingId", "subjectKey");

-- CreateIndex
CREATE UNIQUE INDEX "ActionItem_committeeId_number_key" ON "ActionItem"("committeeId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ActionOwner_actionId_ownerKey_key" ON "ActionOwner"("actionId", "ownerKey");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatConversation_platform_workspaceId_conversationId_key" ON "ChatConversation"("platform", "workspaceId", "conversationId");

