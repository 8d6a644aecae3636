-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN "threadId" TEXT;
ALTER TABLE "Delivery" ADD COLUMN "workspaceId" TEXT;
