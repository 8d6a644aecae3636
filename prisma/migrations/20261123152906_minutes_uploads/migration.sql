-- CreateTable
CREATE TABLE "MinutesUpload" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "filename" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "uploadedAt" DATETIME NOT NULL,
    CONSTRAINT "MinutesUpload_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MinutesUpload_committeeId_uploadedAt_idx" ON "MinutesUpload"("committeeId", "uploadedAt");
