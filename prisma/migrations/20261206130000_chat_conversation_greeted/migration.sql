-- AlterTable
ALTER TABLE "ChatConversation" ADD COLUMN "greetedAt" DATETIME;

