-- CreateTable
CREATE TABLE "WorkspaceBinding" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL DEFAULT '',
    "boundAt" DATETIME NOT NULL,
    CONSTRAINT "WorkspaceBinding_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkspaceBinding_platform_workspaceId_channelId_key" ON "WorkspaceBinding"("platform", "workspaceId", "channelId");
